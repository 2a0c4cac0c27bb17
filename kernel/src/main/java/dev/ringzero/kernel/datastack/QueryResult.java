package dev.ringzero.kernel.datastack;

import dev.ringzero.kernel.abi.NtStatus;

/**
 * What NtQueryInformationDataStack produced: SUCCESS with the information bytes, or
 * STATUS_BUFFER_TOO_SMALL without them; {@code returnLength} is the class's length when the caller
 * asked for it, else -1.
 */
public record QueryResult(NtStatus status, byte[] information, int returnLength) {
    public static final int NOT_REQUESTED = -1;
}
