package dev.ringzero.kernel.booster;

/**
 * Who sends a request: the identity the daemon takes from {@code SO_PEERCRED}, or the current
 * process for the embedded kernel. (The object manager will bring its own caller type; this one
 * holds only what Booster's security checks need.)
 */
public record Caller(long pid, int uid, int gid) {
    public static final int ROOT_UID = 0;

    public boolean isRoot() { return uid == ROOT_UID; }

    /** The current process, with its effective user and group ids. */
    public static Caller current() {
        long pid = ProcessHandle.current().pid();
        ProcStatus status = ThreadTable.system().processStatus(pid)
                .orElseThrow(() -> new IllegalStateException("/proc has no status for the current process " + pid));
        return new Caller(pid, status.effectiveUid(), status.effectiveGid());
    }
}
