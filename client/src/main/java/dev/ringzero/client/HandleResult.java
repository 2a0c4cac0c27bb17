package dev.ringzero.client;

import dev.ringzero.kernel.abi.NtStatus;

/** The status of a call that returns a handle (0 when it failed). */
public record HandleResult(NtStatus status, int handle) {
    public static HandleResult failed(NtStatus status) {
        return new HandleResult(status, 0);
    }
}
