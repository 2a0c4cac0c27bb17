package dev.ringzero.ebpf.vm;

/**
 * The process a run is attributed to, as helpers such as {@code bpf_get_current_pid_tgid} and
 * {@code bpf_get_current_comm} report it.
 */
public record ProcessAttributes(int pid, int tgid, String comm) {
    public static final ProcessAttributes NONE = new ProcessAttributes(0, 0, "");

    public ProcessAttributes {
        if (comm == null) {
            throw new IllegalArgumentException("comm must not be null");
        }
    }

    /** {@code tgid << 32 | pid}, the value of {@code bpf_get_current_pid_tgid}. */
    public long pidTgid() { return (long) tgid << 32 | (pid & 0xffff_ffffL); }
}
