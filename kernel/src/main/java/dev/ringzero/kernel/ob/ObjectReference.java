package dev.ringzero.kernel.ob;

/**
 * A pointer reference taken by {@link ObjectManager#referenceByHandle}: the object stays alive until
 * {@link #close()} (ObDereferenceObject), even if every handle to it is closed meanwhile.
 */
public final class ObjectReference<T> implements AutoCloseable {
    private final ObjectHeader header;
    private final T body;
    private final int grantedAccess;
    private boolean closed;

    ObjectReference(ObjectHeader header, T body, int grantedAccess) {
        this.header = header;
        this.body = body;
        this.grantedAccess = grantedAccess;
    }

    public T body() { return body; }

    public ObjectHeader header() { return header; }

    /** The access the handle grants. */
    public int grantedAccess() { return grantedAccess; }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            header.dereference();
        }
    }
}
