package dev.ringzero.kernel.booster.internal;

/** A Linux call that failed, with the {@code errno} it left. */
public final class LinuxCallException extends RuntimeException {
    private final String call;
    private final int errno;

    public LinuxCallException(String call, int errno) {
        super(call + " failed: " + Errno.name(errno));
        this.call = call;
        this.errno = errno;
    }

    /** The call as written for a message, e.g. {@code setpriority(PRIO_PROCESS, 1234, -5)}. */
    public String call() { return call; }

    public int errno() { return errno; }
}
