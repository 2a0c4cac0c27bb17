package dev.ringzero.kernel.booster;

/**
 * How a thread is to be scheduled on Linux: the target of a Windows priority.
 * See {@link PriorityMapping} for which Windows priority maps to which schedule.
 */
public sealed interface LinuxSchedule {

    /** True when this schedule needs CAP_SYS_NICE (or root): a negative nice value or a real-time policy. */
    boolean raisesAboveNormal();

    /** SCHED_OTHER with a nice value in -20..19. */
    record Nice(int nice) implements LinuxSchedule {
        public Nice {
            if (nice < PriorityMapping.MIN_NICE || nice > PriorityMapping.MAX_NICE) {
                throw new IllegalArgumentException("nice value " + nice + " is outside -20..19");
            }
        }

        @Override
        public boolean raisesAboveNormal() { return nice < 0; }

        @Override
        public String toString() { return "SCHED_OTHER, nice " + nice; }
    }

    /** SCHED_RR with a real-time priority in 1..99. */
    record RoundRobin(int rtPriority) implements LinuxSchedule {
        public RoundRobin {
            if (rtPriority < 1 || rtPriority > 99) {
                throw new IllegalArgumentException("real-time priority " + rtPriority + " is outside 1..99");
            }
        }

        @Override
        public boolean raisesAboveNormal() { return true; }

        @Override
        public String toString() { return "SCHED_RR, rt priority " + rtPriority; }
    }
}
