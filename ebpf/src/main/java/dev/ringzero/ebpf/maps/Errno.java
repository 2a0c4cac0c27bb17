package dev.ringzero.ebpf.maps;

import java.util.Optional;

/**
 * The Linux error numbers map operations report. Helpers return them negated ({@link #negated()}), as the
 * Linux kernel's map helpers and the {@code bpf(2)} system call do; eBPF for Windows' helpers follow the same
 * convention.
 */
public enum Errno {
    ENOENT(2),
    E2BIG(7),
    EAGAIN(11),
    ENOMEM(12),
    EBUSY(16),
    EEXIST(17),
    EINVAL(22),
    ENOSPC(28),
    /** Operation not supported by this map type (Linux's map ops report the kernel-internal ENOTSUPP, 524). */
    EOPNOTSUPP(95);

    private final int code;

    Errno(int code) {
        this.code = code;
    }

    /** The positive error number, e.g. 2 for ENOENT. */
    public int code() {
        return code;
    }

    /** The value a helper returns for this error, e.g. -2 for ENOENT. */
    public int negated() {
        return -code;
    }

    /** The error a helper's return value stands for; empty for zero and positive values or unknown codes. */
    public static Optional<Errno> fromReturn(long returned) {
        for (Errno errno : values()) {
            if (errno.negated() == returned) {
                return Optional.of(errno);
            }
        }
        return Optional.empty();
    }
}
