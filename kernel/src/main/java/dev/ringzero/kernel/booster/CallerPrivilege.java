package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.ob.Caller;

/**
 * Whether a caller holds the privilege Linux requires to raise a thread's priority (a negative nice
 * value or a real-time policy) and to change other users' threads: root (uid 0), or, for the
 * current process, CAP_SYS_NICE in its effective capabilities ({@code /proc/self/status} CapEff bit 23).
 * The capabilities of another process are not trusted: only its uid counts.
 */
final class CallerPrivilege {
    private final ThreadTable threads;
    private final long selfPid;

    CallerPrivilege(ThreadTable threads, long selfPid) {
        this.threads = threads;
        this.selfPid = selfPid;
    }

    static CallerPrivilege system() {
        return new CallerPrivilege(ThreadTable.system(), ProcessHandle.current().pid());
    }

    boolean holdsSysNice(Caller caller) {
        if (caller.isRoot()) {
            return true;
        }
        return caller.pid() == selfPid && threads.processStatus(selfPid).map(ProcStatus::holdsSysNice).orElse(false);
    }

    /** The effective uid of the process that makes the system calls (the kernel, embedded or daemon). */
    int selfEffectiveUid() {
        return threads.processStatus(selfPid).map(ProcStatus::effectiveUid)
                .orElseThrow(() -> new IllegalStateException("/proc has no status for the current process " + selfPid));
    }
}
