package dev.ringzero.kernel.sync;

import dev.ringzero.kernel.abi.NtStatus;

/**
 * How a wait ended: satisfied by object {@code index} (STATUS_WAIT_0 + index, WAIT_OBJECT_0 + index in
 * Win32 terms), timed out (STATUS_TIMEOUT, WAIT_TIMEOUT), or cancelled because the waiting thread was
 * interrupted (STATUS_CANCELLED).
 */
public record WaitOutcome(NtStatus status, int index) {
    public static final int NO_INDEX = -1;

    public static WaitOutcome satisfied(int index) { return new WaitOutcome(NtStatus.SUCCESS, index); }

    public static final WaitOutcome TIMED_OUT = new WaitOutcome(NtStatus.TIMEOUT, NO_INDEX);
    public static final WaitOutcome CANCELLED = new WaitOutcome(NtStatus.CANCELLED, NO_INDEX);

    public boolean isSatisfied() { return status == NtStatus.SUCCESS; }

    /** The raw NTSTATUS the native wait returns: STATUS_WAIT_0 + index, or the status code. */
    public int code() { return isSatisfied() ? index : status.code(); }
}
