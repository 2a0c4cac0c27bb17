package dev.ringzero.client;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;

/** The conversion the Win32 layer does: a failed NTSTATUS becomes an exception carrying it and its Win32 error. */
final class Win32 {
    private Win32() {}

    static void check(NtStatus status, String what) {
        if (!status.isSuccess()) {
            throw new NtStatusException(status, what + ": " + status + ", Win32 error " + status.win32Error());
        }
    }

    static NtStatusException failure(int code, String what) {
        NtStatus status = NtStatus.fromCode(code).orElse(NtStatus.UNSUCCESSFUL);
        return new NtStatusException(status, what + ": " + status + ", Win32 error " + status.win32Error());
    }
}
