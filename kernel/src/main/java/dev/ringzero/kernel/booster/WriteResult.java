package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.abi.NtStatus;

/** The completion of a write request: the IRP's {@code IoStatus.Status} and {@code IoStatus.Information}. */
public record WriteResult(NtStatus status, int bytesWritten) {

    public WriteResult {
        if (status == null) {
            throw new IllegalArgumentException("a write result needs a status");
        }
        if (bytesWritten < 0 || (bytesWritten != 0 && !status.isSuccess())) {
            throw new IllegalArgumentException("a failed write writes no bytes, got " + bytesWritten + " with " + status);
        }
    }

    public static WriteResult success(int bytesWritten) {
        return new WriteResult(NtStatus.SUCCESS, bytesWritten);
    }

    public static WriteResult failure(NtStatus status) {
        return new WriteResult(status, 0);
    }
}
