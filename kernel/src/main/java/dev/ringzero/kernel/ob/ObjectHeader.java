package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.SecurityDescriptor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OBJECT_HEADER: what the object manager keeps for every object: its type, its body, its name and
 * directory, the pointer count (every handle also holds one pointer reference) and the handle
 * count, the permanent flag and the security descriptor. The body is deleted (the type's delete
 * procedure runs) when the pointer count reaches zero.
 */
public final class ObjectHeader {
    private final ObjectType type;
    private final Object body;
    private final SecurityDescriptor security;
    private final AtomicLong pointerCount = new AtomicLong(1);
    // Guarded by the ObjectManager's namespace lock.
    private int handleCount;
    private String name;
    private ObjectDirectory directory;
    private boolean permanent;

    ObjectHeader(ObjectType type, Object body, SecurityDescriptor security) {
        this.type = type;
        this.body = body;
        this.security = security;
    }

    /** A system object (directory, link, type) that lives as long as the kernel. */
    static ObjectHeader permanent(ObjectType type, Object body) {
        ObjectHeader header = new ObjectHeader(type, body, null);
        type.objectCreated();
        header.setPermanent(true);
        return header;
    }

    public ObjectType type() { return type; }

    public Object body() { return body; }

    /** The body as {@code kind}, which the caller knows from the type. */
    public <T> T body(Class<T> kind) { return kind.cast(body); }

    /** The security descriptor; null for unnamed objects of types that do not require security. */
    public SecurityDescriptor security() { return security; }

    public long pointerCount() { return pointerCount.get(); }

    public synchronized int handleCount() { return handleCount; }

    public synchronized String name() { return name; }

    synchronized ObjectDirectory directory() { return directory; }

    public synchronized boolean permanent() { return permanent; }

    synchronized void setPermanent(boolean value) { permanent = value; }

    synchronized void nameIn(ObjectDirectory dir, String objectName) {
        this.directory = dir;
        this.name = objectName;
    }

    synchronized void unname() {
        this.directory = null;
    }

    synchronized int incrementHandles() { return ++handleCount; }

    synchronized int decrementHandles() { return --handleCount; }

    /** ObReferenceObject: adds a pointer reference to an object known to be alive. */
    void reference() {
        long before = pointerCount.getAndIncrement();
        if (before <= 0) {
            throw new IllegalStateException("reference to a deleted object of type " + type.name());
        }
    }

    /** Adds a pointer reference unless the object is already being deleted. */
    boolean tryReference() {
        long count;
        do {
            count = pointerCount.get();
            if (count <= 0) {
                return false;
            }
        } while (!pointerCount.compareAndSet(count, count + 1));
        return true;
    }

    /** ObDereferenceObject: drops a pointer reference; the last one deletes the object. */
    void dereference() {
        long after = pointerCount.decrementAndGet();
        if (after == 0) {
            type.initializer().deleteProcedure().delete(body);
            type.objectDeleted();
        } else if (after < 0) {
            throw new NtStatusException(NtStatus.UNSUCCESSFUL, "object over-dereferenced: " + this);
        }
    }

    @Override
    public String toString() {
        return type.name() + (name == null ? "" : " " + name);
    }
}
