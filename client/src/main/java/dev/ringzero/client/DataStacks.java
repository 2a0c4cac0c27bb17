package dev.ringzero.client;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.SecurityDescriptor;
import dev.ringzero.kernel.ipc.IoDispatcher;
import dev.ringzero.kernel.ob.Caller;
import java.nio.file.Path;
import java.util.Objects;

/**
 * CreateDataStack and OpenDataStack: the entry point applications use. Names are session-relative
 * ({@code Global\Name} for the machine-wide directory), as CreateSemaphore names are.
 */
public final class DataStacks implements AutoCloseable {
    private final NativeApi api;
    private final SessionNamespace namespace;
    private final AutoCloseable connection;

    public DataStacks(NativeApi api) {
        this(api, null);
    }

    private DataStacks(NativeApi api, AutoCloseable connection) {
        this.api = Objects.requireNonNull(api, "api");
        this.namespace = new SessionNamespace(api);
        this.connection = connection;
    }

    /**
     * DataStacks of a new connection to the daemon at the default socket path
     * ({@link dev.ringzero.kernel.daemon.DaemonSocket#defaultPath()}); {@link #close()} disconnects,
     * which closes every handle this connection still holds.
     */
    public static DataStacks connect() {
        return over(SocketTransport.connect());
    }

    /** DataStacks of a new connection to the daemon listening at {@code socket}. */
    public static DataStacks connect(Path socket) {
        return over(SocketTransport.connect(socket));
    }

    /** DataStacks over an open daemon connection, which {@link #close()} closes. */
    public static DataStacks over(SocketTransport transport) {
        return new DataStacks(new FrameNativeApi(transport), transport);
    }

    /** Closes the daemon connection, if this API has one (nothing to do for an in-process kernel). */
    @Override
    public void close() {
        if (connection instanceof SocketTransport transport) {
            transport.close();
        }
    }

    /** DataStacks of a new process of the in-process {@code kernel}, with this JVM's identity. */
    public static DataStacks embedded(Kernel kernel) {
        return new DataStacks(EmbeddedNativeApi.attach(kernel));
    }

    /** DataStacks speaking IOCTL frames to {@code dispatcher} in-process, as one process with this JVM's identity. */
    public static DataStacks throughDispatcher(Kernel kernel) {
        IoDispatcher dispatcher = new IoDispatcher(kernel);
        var process = kernel.attach(Caller.ofThisProcess());
        return new DataStacks(new FrameNativeApi(frame -> dispatcher.handle(process, frame)));
    }

    public NativeApi nativeApi() { return api; }

    /**
     * CreateDataStack: a new stack with {@code limits} (0 = unlimited), or, if {@code name} exists as a
     * DataStack, that one ({@link DataStack#alreadyExisted()}). A null or empty name makes an unnamed stack.
     */
    public DataStack create(String name, DataStackConfiguration limits) {
        return create(name, limits, null, false);
    }

    /** CreateDataStack with SECURITY_ATTRIBUTES: an explicit descriptor (null: default) and the inherit flag. */
    public DataStack create(String name, DataStackConfiguration limits, SecurityDescriptor security, boolean inherit) {
        HandleResult r = api.ntCreateDataStack(namespace.forCreate(name, inherit, security), limits.maxItemSize(),
                limits.maxItemCount(), limits.maxSize());
        Win32.check(r.status(), "create DataStack " + name);
        return new DataStack(api, r.handle(), r.status() == NtStatus.OBJECT_NAME_EXISTS);
    }

    /** OpenDataStack: {@code name} must exist (ERROR_FILE_NOT_FOUND) and grant {@code desiredAccess}. */
    public DataStack open(String name, int desiredAccess) {
        return open(name, desiredAccess, false);
    }

    public DataStack open(String name, int desiredAccess, boolean inherit) {
        HandleResult r = api.ntOpenDataStack(desiredAccess, namespace.forOpen(name, inherit));
        Win32.check(r.status(), "open DataStack " + name);
        return new DataStack(api, r.handle(), false);
    }

    /** DuplicateHandle within this process: a second handle, with {@code desiredAccess} (0 and sameAccess to copy). */
    public DataStack duplicate(DataStack source, int desiredAccess, boolean sameAccess) {
        HandleResult r = api.ntDuplicateObject(source.checkedHandle(), desiredAccess, 0, sameAccess ? 2 : 0);
        Win32.check(r.status(), "duplicate handle");
        return new DataStack(api, r.handle(), false);
    }
}
