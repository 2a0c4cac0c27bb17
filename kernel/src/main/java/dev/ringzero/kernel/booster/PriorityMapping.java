package dev.ringzero.kernel.booster;

/**
 * Windows thread priorities (1..31) onto Linux scheduling and back; the table is in
 * {@code docs/booster.md}.
 *
 * <ul>
 *   <li>1..15 (the dynamic band) map to SCHED_OTHER nice values by Wine's formula
 *       ({@code server/thread.c}, {@code apply_thread_priority}) with its range ±19:
 *       {@code nice = 19 - (priority - 1) * 38 / 14}, so 1 → 19, 8 (normal) → 0, 15 → -19.</li>
 *   <li>16..31 (the real-time band) map to SCHED_RR with rt priority {@code priority - 15}, i.e.
 *       1..16: round-robin because Windows time-slices threads of equal priority, and low rt
 *       priorities so that Linux's threaded interrupt handlers (SCHED_FIFO 50) still preempt every
 *       boosted thread, as interrupts preempt every thread on Windows.</li>
 * </ul>
 */
public final class PriorityMapping {
    public static final int MIN_PRIORITY = 1;
    public static final int NORMAL_PRIORITY = 8;
    public static final int LOW_REALTIME_PRIORITY = 16;
    public static final int MAX_PRIORITY = 31;
    static final int MIN_NICE = -20;
    static final int MAX_NICE = 19;
    private static final int NICE_LIMIT = 19;

    private PriorityMapping() {
    }

    public static boolean isValidPriority(int priority) {
        return priority >= MIN_PRIORITY && priority <= MAX_PRIORITY;
    }

    /**
     * The Linux schedule for a Windows priority.
     *
     * @throws IllegalArgumentException for a priority outside 1..31
     */
    public static LinuxSchedule toLinux(int priority) {
        if (!isValidPriority(priority)) {
            throw new IllegalArgumentException("Windows priority " + priority + " is outside 1..31");
        }
        if (priority >= LOW_REALTIME_PRIORITY) {
            return new LinuxSchedule.RoundRobin(priority - (LOW_REALTIME_PRIORITY - 1));
        }
        return new LinuxSchedule.Nice(NICE_LIMIT - (priority - MIN_PRIORITY) * (2 * NICE_LIMIT) / 14);
    }

    /**
     * The Windows priority that best describes a thread's Linux scheduling, for display: the
     * real-time policies map back through the rt priority (capped at 31; SCHED_DEADLINE is 31),
     * SCHED_IDLE is 1, and SCHED_OTHER/SCHED_BATCH/SCHED_EXT map to the priority whose nice value is nearest
     * (ties go to the lower priority).
     */
    public static int toWindows(SchedPolicy policy, int nice, int rtPriority) {
        return switch (policy) {
            case DEADLINE -> MAX_PRIORITY;
            case FIFO, RR -> Math.min(MAX_PRIORITY, Math.max(LOW_REALTIME_PRIORITY, rtPriority + LOW_REALTIME_PRIORITY - 1));
            case IDLE -> MIN_PRIORITY;
            case OTHER, BATCH, EXT -> nearestDynamicPriority(nice);
        };
    }

    private static int nearestDynamicPriority(int nice) {
        int best = MIN_PRIORITY;
        int bestDistance = Integer.MAX_VALUE;
        for (int priority = MIN_PRIORITY; priority < LOW_REALTIME_PRIORITY; priority++) {
            int distance = Math.abs(((LinuxSchedule.Nice) toLinux(priority)).nice() - nice);
            if (distance < bestDistance) {
                best = priority;
                bestDistance = distance;
            }
        }
        return best;
    }
}
