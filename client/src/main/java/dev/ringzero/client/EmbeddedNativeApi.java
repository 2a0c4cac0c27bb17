package dev.ringzero.client;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.datastack.Popped;
import dev.ringzero.kernel.datastack.QueryResult;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.Inserted;
import dev.ringzero.kernel.ob.KernelProcess;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** The native API calling an in-process {@link Kernel} directly, as one {@link KernelProcess}. */
public final class EmbeddedNativeApi implements NativeApi {
    private final Kernel kernel;
    private final KernelProcess process;

    public EmbeddedNativeApi(Kernel kernel, KernelProcess process) {
        this.kernel = kernel;
        this.process = process;
    }

    /** A new process of {@code kernel} with this JVM's identity ({@link Kernel#currentCaller()}). */
    public static EmbeddedNativeApi attach(Kernel kernel) {
        return new EmbeddedNativeApi(kernel, kernel.attach(Caller.ofThisProcess()));
    }

    public KernelProcess process() { return process; }

    @Override
    public ProcessInformation ntQueryProcess() {
        Caller c = process.caller();
        return new ProcessInformation(c.pid(), c.uid(), c.gid(), c.session());
    }

    @Override
    public HandleResult ntCreateDataStack(ObjectAttributes attributes, int maxItemSize, int maxItemCount, long maxSize) {
        return inserted(() -> kernel.dataStacks().create(process, attributes, maxItemSize, maxItemCount, maxSize));
    }

    @Override
    public HandleResult ntOpenDataStack(int desiredAccess, ObjectAttributes attributes) {
        return handle(() -> kernel.dataStacks().open(process, desiredAccess, attributes));
    }

    @Override
    public NtStatus ntPushDataStack(int handle, byte[] item, int itemSize) {
        return status(() -> kernel.dataStacks().push(process, handle, item, itemSize));
    }

    @Override
    public PopResult ntPopDataStack(int handle, byte[] buffer, int bufferSize) {
        if (buffer != null && Integer.toUnsignedLong(bufferSize) > buffer.length) {
            return new PopResult(NtStatus.INVALID_BUFFER_SIZE, 0);
        }
        try {
            Popped popped = kernel.dataStacks().pop(process, handle, buffer != null, bufferSize);
            if (popped.item() != null) {
                System.arraycopy(popped.item(), 0, buffer, 0, popped.itemSize());
            }
            return new PopResult(popped.status(), popped.itemSize());
        } catch (NtStatusException e) {
            return new PopResult(e.status(), 0);
        }
    }

    @Override
    public NtStatus ntClearDataStack(int handle) {
        return status(() -> kernel.dataStacks().clear(process, handle));
    }

    @Override
    public QueryInformationResult ntQueryInformationDataStack(int handle, int informationClass, byte[] buffer,
            int bufferSize, boolean wantReturnLength) {
        if (buffer != null && Integer.toUnsignedLong(bufferSize) > buffer.length) {
            return new QueryInformationResult(NtStatus.INVALID_BUFFER_SIZE, QueryResult.NOT_REQUESTED);
        }
        try {
            QueryResult r = kernel.dataStacks().query(process, handle, informationClass, buffer != null, bufferSize,
                    wantReturnLength);
            if (r.information() != null) {
                System.arraycopy(r.information(), 0, buffer, 0, r.information().length);
            }
            return new QueryInformationResult(r.status(), r.returnLength());
        } catch (NtStatusException e) {
            return new QueryInformationResult(e.status(), QueryResult.NOT_REQUESTED);
        }
    }

    @Override
    public HandleResult ntCreateEvent(int desiredAccess, ObjectAttributes attributes, EventType type, boolean initialState) {
        return inserted(() -> kernel.events().create(process, desiredAccess, attributes, type, initialState));
    }

    @Override
    public HandleResult ntOpenEvent(int desiredAccess, ObjectAttributes attributes) {
        return handle(() -> kernel.events().open(process, desiredAccess, attributes));
    }

    @Override
    public NtStatus ntSetEvent(int handle) {
        return status(() -> kernel.events().set(process, handle));
    }

    @Override
    public NtStatus ntResetEvent(int handle) {
        return status(() -> kernel.events().reset(process, handle));
    }

    @Override
    public NtStatus ntPulseEvent(int handle) {
        return status(() -> kernel.events().pulse(process, handle));
    }

    @Override
    public int ntWaitForMultipleObjects(int[] handles, boolean waitAll, long timeoutMillis) {
        try {
            return kernel.objects().waitForMultiple(process, handles, waitAll, timeoutMillis).code();
        } catch (NtStatusException e) {
            return e.status().code();
        }
    }

    @Override
    public NtStatus ntClose(int handle) {
        return status(() -> kernel.objects().close(process, handle));
    }

    @Override
    public HandleResult ntDuplicateObject(int sourceHandle, int desiredAccess, int attributes, int options) {
        return handle(() -> kernel.objects().duplicate(process, sourceHandle, desiredAccess, attributes, options));
    }

    @Override
    public NtStatus ntMakeTemporaryObject(int handle) {
        return status(() -> kernel.objects().makeTemporary(process, handle));
    }

    @Override
    public HandleResult ntOpenDirectoryObject(int desiredAccess, ObjectAttributes attributes) {
        return handle(() -> kernel.objects().openDirectory(process, desiredAccess, attributes));
    }

    @Override
    public HandleResult ntOpenFile(int desiredAccess, ObjectAttributes attributes) {
        return handle(() -> kernel.files().open(process, desiredAccess, attributes));
    }

    @Override
    public IoStatusBlock ntWriteFile(int handle, byte[] buffer) {
        try {
            return kernel.files().write(process, handle, buffer == null ? null : buffer.clone());
        } catch (NtStatusException e) {
            return IoStatusBlock.of(e.status());
        }
    }

    private static NtStatus status(Runnable call) {
        try {
            call.run();
            return NtStatus.SUCCESS;
        } catch (NtStatusException e) {
            return e.status();
        }
    }

    private static HandleResult handle(IntSupplier call) {
        try {
            return new HandleResult(NtStatus.SUCCESS, call.getAsInt());
        } catch (NtStatusException e) {
            return HandleResult.failed(e.status());
        }
    }

    private static HandleResult inserted(Supplier<Inserted> call) {
        try {
            Inserted inserted = call.get();
            return new HandleResult(inserted.status(), inserted.handle());
        } catch (NtStatusException e) {
            return HandleResult.failed(e.status());
        }
    }
}
