package dev.ringzero.client;

import dev.ringzero.kernel.abi.NtStatus;
import java.time.Duration;
import java.util.OptionalInt;

/** WaitForMultipleObjects over handles of one {@link NativeApi}. */
public final class Waits {
    private Waits() {}

    /** Wait-any: the index of the first signalled object (lowest index wins), or empty on timeout. */
    public static OptionalInt any(Duration timeout, KernelObject... objects) {
        int code = waitFor(objects, false, timeout.toMillis());
        return code == NativeApi.WAIT_TIMEOUT ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /** Wait-all: true when every object was signalled at once (and taken together), false on timeout. */
    public static boolean all(Duration timeout, KernelObject... objects) {
        return waitFor(objects, true, timeout.toMillis()) != NativeApi.WAIT_TIMEOUT;
    }

    private static int waitFor(KernelObject[] objects, boolean waitAll, long millis) {
        if (objects.length == 0) {
            throw Win32.failure(NtStatus.INVALID_PARAMETER_1.code(), "wait on no objects");
        }
        NativeApi api = objects[0].api;
        int[] handles = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            if (objects[i].api != api) {
                throw Win32.failure(NtStatus.INVALID_HANDLE.code(),
                        "objects of different processes in one wait");
            }
            handles[i] = objects[i].checkedHandle();
        }
        int code = api.ntWaitForMultipleObjects(handles, waitAll, millis);
        if (code == NativeApi.WAIT_TIMEOUT || (code >= 0 && code < objects.length)) {
            return code;
        }
        throw Win32.failure(code, "wait");
    }
}
