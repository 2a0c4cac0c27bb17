package dev.ringzero.kernel.abi;

/** A kernel operation that failed with an {@link NtStatus}; only the IPC layer and the client convert it. */
public class NtStatusException extends RuntimeException {
    private final NtStatus status;

    public NtStatusException(NtStatus status) {
        this(status, status.toString());
    }

    public NtStatusException(NtStatus status, String message) {
        super(message);
        this.status = status;
    }

    public NtStatus status() { return status; }

    /** The Win32 error of the status, as GetLastError would report it. */
    public int win32Error() { return status.win32Error(); }
}
