package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.booster.internal.LinuxCallException;
import dev.ringzero.kernel.booster.internal.LinuxScheduler;

/** Reads and applies a thread's Linux scheduling through {@link LinuxScheduler}. */
final class ThreadScheduling {
    private final LinuxScheduler scheduler;

    ThreadScheduling(LinuxScheduler scheduler) {
        this.scheduler = scheduler;
    }

    static ThreadScheduling system() {
        return new ThreadScheduling(LinuxScheduler.system());
    }

    /** The thread's policy, nice value and rt priority; throws {@link LinuxCallException} (ESRCH when gone). */
    ThreadPriority read(int tid) {
        SchedPolicy policy = SchedPolicy.fromNumber(scheduler.scheduler(tid));
        int nice = scheduler.nice(tid);
        int rtPriority = scheduler.rtPriority(tid);
        return ThreadPriority.of(tid, policy, nice, rtPriority);
    }

    /**
     * Puts the thread on the schedule: SCHED_RR with its rt priority, or SCHED_OTHER (switching away
     * from any other policy first) with its nice value. Throws {@link LinuxCallException} on failure.
     */
    void apply(int tid, LinuxSchedule schedule) {
        switch (schedule) {
            case LinuxSchedule.RoundRobin rr -> scheduler.setScheduler(tid, SchedPolicy.RR.number(), rr.rtPriority());
            case LinuxSchedule.Nice nice -> {
                if (SchedPolicy.fromNumber(scheduler.scheduler(tid)) != SchedPolicy.OTHER) {
                    scheduler.setScheduler(tid, SchedPolicy.OTHER.number(), 0);
                }
                scheduler.setNice(tid, nice.nice());
            }
        }
    }

    int currentThreadId() {
        return scheduler.gettid();
    }
}
