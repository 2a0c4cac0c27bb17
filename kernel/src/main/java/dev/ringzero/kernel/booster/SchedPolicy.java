package dev.ringzero.kernel.booster;

/** A Linux scheduling policy, with the number {@code sched_setscheduler(2)} uses for it. */
public enum SchedPolicy {
    OTHER(0),
    FIFO(1),
    RR(2),
    BATCH(3),
    IDLE(5),
    DEADLINE(6),
    /** sched_ext (Linux 6.12+): a BPF scheduler; falls back to fair scheduling, weighted by nice. */
    EXT(7);

    /** {@code sched_getscheduler} may OR this flag into the policy; it is not part of the policy. */
    static final int RESET_ON_FORK = 0x4000_0000;

    private final int number;

    SchedPolicy(int number) {
        this.number = number;
    }

    /** The number the kernel uses, e.g. 2 for SCHED_RR. */
    public int number() { return number; }

    /** The name as the Linux headers spell it, e.g. {@code SCHED_RR}. */
    public String linuxName() { return "SCHED_" + name(); }

    /** True for the policies that preempt every nice-valued thread: FIFO, RR and DEADLINE. */
    public boolean isRealTime() { return this == FIFO || this == RR || this == DEADLINE; }

    /**
     * The policy with the given number, ignoring {@link #RESET_ON_FORK}.
     *
     * @throws IllegalArgumentException for a number that names no policy
     */
    public static SchedPolicy fromNumber(int number) {
        int policy = number & ~RESET_ON_FORK;
        for (SchedPolicy candidate : values()) {
            if (candidate.number == policy) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown Linux scheduling policy " + number);
    }
}
