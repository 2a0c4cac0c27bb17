package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.ob.Caller;

/**
 * The Java API of Booster, for the calling process: every change goes through the same
 * {@link BoosterDevice} checks as a write from another process, with the current process as the
 * caller. Failures throw {@link NtStatusException} with the status and a message naming the cause.
 */
public final class Booster {
    private static final class Holder {
        static final ThreadTable THREADS = ThreadTable.system();
        static final ThreadScheduling SCHEDULING = ThreadScheduling.system();
        static final BoosterDevice DEVICE = new BoosterDevice(THREADS, SCHEDULING, CallerPrivilege.system());
        static final NativeThreadIds NATIVE_IDS = new NativeThreadIds(THREADS, SCHEDULING, ProcessHandle.current().pid());
    }

    private Booster() {
    }

    /**
     * Sets the Windows priority (1..31) of the Linux thread {@code tid}.
     *
     * @return the thread's scheduling before and after
     * @throws NtStatusException STATUS_INVALID_PARAMETER, STATUS_INVALID_CID, STATUS_ACCESS_DENIED or
     *         STATUS_PRIVILEGE_NOT_HELD, as {@link BoosterDevice} explains
     */
    public static PriorityChange setPriority(int tid, int priority) {
        return Holder.DEVICE.apply(Caller.ofThisProcess(), new ThreadData(Integer.toUnsignedLong(tid), priority));
    }

    /** Sets the Windows priority of a platform thread of this JVM; see {@link #nativeThreadId(Thread)}. */
    public static PriorityChange boost(Thread thread, int priority) {
        return setPriority(nativeThreadId(thread), priority);
    }

    /** The scheduling of the Linux thread {@code tid}. @throws NtStatusException STATUS_INVALID_CID for no such thread */
    public static ThreadPriority read(int tid) {
        return Holder.DEVICE.read(Integer.toUnsignedLong(tid));
    }

    /** The Linux thread id of the calling thread ({@code gettid()}); for a virtual thread, its current carrier's. */
    public static int currentThreadId() {
        return Holder.SCHEDULING.currentThreadId();
    }

    /**
     * The Linux thread id of a platform thread of this JVM: {@code gettid()} for the current thread,
     * else the one native thread named after it (names are unique only if you make them so).
     *
     * @throws NtStatusException STATUS_NOT_SUPPORTED for a virtual thread, STATUS_INVALID_CID for a
     *         thread not running, STATUS_NOT_FOUND or STATUS_OBJECT_NAME_COLLISION when its name finds
     *         no or several native threads
     */
    public static int nativeThreadId(Thread thread) {
        return Holder.NATIVE_IDS.of(thread);
    }
}
