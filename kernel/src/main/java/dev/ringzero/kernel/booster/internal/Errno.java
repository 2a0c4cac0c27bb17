package dev.ringzero.kernel.booster.internal;

/** The Linux error numbers the scheduling calls report (asm-generic/errno-base.h). */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ESRCH = 3;
    public static final int EACCES = 13;
    public static final int EINVAL = 22;

    private Errno() {
    }

    /** The symbolic name of an error number, e.g. {@code EPERM}, or {@code errno N} for others. */
    public static String name(int errno) {
        return switch (errno) {
            case EPERM -> "EPERM";
            case ESRCH -> "ESRCH";
            case EACCES -> "EACCES";
            case EINVAL -> "EINVAL";
            default -> "errno " + errno;
        };
    }
}
