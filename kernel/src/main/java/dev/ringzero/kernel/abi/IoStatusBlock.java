package dev.ringzero.kernel.abi;

import java.util.Objects;

/**
 * IO_STATUS_BLOCK: how an I/O request completed, its status and its {@code Information} (for a write,
 * the bytes written; for an open, nothing ringzero uses).
 */
public record IoStatusBlock(NtStatus status, long information) {
    public IoStatusBlock {
        Objects.requireNonNull(status, "status");
        if (information < 0) {
            throw new IllegalArgumentException("IoStatus.Information must be >= 0, got " + information);
        }
    }

    public static IoStatusBlock of(NtStatus status) {
        return new IoStatusBlock(status, 0);
    }
}
