package dev.ringzero.ebpf.maps;

import java.util.Optional;

/** The {@code flags} of {@code bpf_map_update_elem} and {@code bpf_map_push_elem}: BPF_ANY, BPF_NOEXIST, BPF_EXIST. */
public enum UpdateMode {
    /** {@code BPF_ANY} (0): create a new element or update an existing one. */
    ANY(0),
    /** {@code BPF_NOEXIST} (1): create a new element only if it did not exist. */
    NOEXIST(1),
    /** {@code BPF_EXIST} (2): update an existing element only (for queues and stacks: overwrite the oldest when full). */
    EXIST(2);

    private final long flag;

    UpdateMode(long flag) {
        this.flag = flag;
    }

    /** The flag value as programs and the system call pass it. */
    public long flag() {
        return flag;
    }

    /**
     * The mode the flags ask for; empty for anything else (including {@code BPF_F_LOCK}, which needs a spin lock in
     * the value, something these maps do not model), which operations answer with {@code -EINVAL}.
     */
    public static Optional<UpdateMode> fromFlags(long flags) {
        return Optional.ofNullable(decode(flags));
    }

    /** Like {@link #fromFlags(long)}, without the Optional, for the hot paths; null for invalid flags. */
    static UpdateMode decode(long flags) {
        if (flags == 0) {
            return ANY;
        } else if (flags == 1) {
            return NOEXIST;
        } else if (flags == 2) {
            return EXIST;
        }
        return null;
    }
}
