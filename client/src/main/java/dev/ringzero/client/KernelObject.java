package dev.ringzero.client;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import java.time.Duration;

/**
 * A handle to a kernel object, closed with {@link #close()} (CloseHandle). Operations on a closed
 * handle fail with STATUS_INVALID_HANDLE without reaching the kernel, so a reused handle value can
 * never reach another object through a stale Java reference.
 */
public abstract sealed class KernelObject implements AutoCloseable permits DataStack, Event {
    final NativeApi api;
    private final int handle;
    private final boolean openedExisting;
    private volatile boolean closed;

    KernelObject(NativeApi api, int handle, boolean openedExisting) {
        this.api = api;
        this.handle = handle;
        this.openedExisting = openedExisting;
    }

    /** The handle value (a multiple of 4). */
    public int handle() { return handle; }

    /** True when a create opened an existing object (GetLastError() == ERROR_ALREADY_EXISTS). */
    public boolean alreadyExisted() { return openedExisting; }

    /** The value GetLastError would return after the create or open call. */
    public int lastError() { return openedExisting ? NtStatus.OBJECT_NAME_EXISTS.win32Error() : 0; }

    /**
     * WaitForSingleObject: true when the object is signalled within {@code timeout} (a DataStack: not
     * empty), false on timeout. {@link Duration#ZERO} polls; use {@link #awaitForever()} for INFINITE.
     */
    public boolean await(Duration timeout) {
        return waitFor(timeout.toMillis());
    }

    /** WaitForSingleObject(INFINITE). */
    public void awaitForever() {
        waitFor(NativeApi.INFINITE);
    }

    private boolean waitFor(long millis) {
        int code = api.ntWaitForSingleObject(checkedHandle(), millis);
        if (code == 0) {
            return true;
        }
        if (code == NativeApi.WAIT_TIMEOUT) {
            return false;
        }
        throw Win32.failure(code, "wait on handle 0x" + Integer.toHexString(handle));
    }

    int checkedHandle() {
        if (closed) {
            throw new NtStatusException(NtStatus.INVALID_HANDLE, "handle 0x" + Integer.toHexString(handle) + " is closed");
        }
        return handle;
    }

    /** CloseHandle; closing twice does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Win32.check(api.ntClose(handle), "close handle 0x" + Integer.toHexString(handle));
        }
    }
}
