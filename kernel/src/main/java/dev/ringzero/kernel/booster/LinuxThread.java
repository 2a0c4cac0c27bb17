package dev.ringzero.kernel.booster;

/**
 * A Linux thread found by its id: what {@code PsLookupThreadByThreadId} finds on Windows.
 *
 * @param tid the thread id (a {@code gettid()} value)
 * @param tgid the thread group id, i.e. the process id
 * @param realUid the thread's real user id
 * @param effectiveUid the thread's effective user id
 * @param name the thread's name ({@code comm}, at most 15 bytes)
 */
public record LinuxThread(int tid, int tgid, int realUid, int effectiveUid, String name) {

    /**
     * True when {@code uid} owns the thread in Linux's sense for {@code setpriority} and
     * {@code sched_setscheduler}: it is the thread's real or effective user id.
     */
    public boolean isOwnedBy(int uid) {
        return uid == realUid || uid == effectiveUid;
    }
}
