package dev.ringzero.kernel.booster;

/**
 * A thread's scheduling as read back from Linux: its policy, nice value and real-time priority
 * ({@code sched_getscheduler}, {@code getpriority}, {@code sched_getparam}), and the Windows priority
 * that describes it ({@link PriorityMapping#toWindows}).
 */
public record ThreadPriority(int tid, SchedPolicy policy, int nice, int rtPriority, int windowsPriority) {

    public static ThreadPriority of(int tid, SchedPolicy policy, int nice, int rtPriority) {
        return new ThreadPriority(tid, policy, nice, rtPriority, PriorityMapping.toWindows(policy, nice, rtPriority));
    }

    /** E.g. {@code 26 (SCHED_RR, rt priority 11)} or {@code 8 (SCHED_OTHER, nice 0)}. */
    public String describe() {
        String linux = policy.isRealTime()
                ? policy.linuxName() + ", rt priority " + rtPriority
                : policy.linuxName() + ", nice " + nice;
        return windowsPriority + " (" + linux + ")";
    }
}
