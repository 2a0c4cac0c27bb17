package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.booster.internal.Errno;
import dev.ringzero.kernel.booster.internal.LinuxCallException;
import dev.ringzero.kernel.ob.Caller;

import java.util.Objects;

/**
 * The Booster device ({@value #DEVICE_NAME}, linked as {@value #SYMBOLIC_LINK}, opened by clients as
 * {@value #WIN32_PATH}): a write of a {@link ThreadData} sets that thread's priority, on Linux.
 *
 * <p>Checks, in order (the first that fails decides the status):
 * <ol>
 *   <li>the buffer is {@value ThreadData#SIZE} bytes: shorter → STATUS_BUFFER_TOO_SMALL, longer →
 *       STATUS_INVALID_BUFFER_SIZE (the request is not silently truncated);</li>
 *   <li>the priority is in 1..31, else STATUS_INVALID_PARAMETER;</li>
 *   <li>the thread exists, else STATUS_INVALID_CID (what {@code PsLookupThreadByThreadId} returns);</li>
 *   <li>the caller owns the thread (its uid is the thread's real or effective uid) or is privileged
 *       (root, or CAP_SYS_NICE), else STATUS_ACCESS_DENIED;</li>
 *   <li>a priority above normal (9..15: negative nice) or real-time (16..31) needs the privilege,
 *       else STATUS_PRIVILEGE_NOT_HELD;</li>
 *   <li>the system calls succeed; EPERM/EACCES from Linux (this process lacks the privilege itself)
 *       become STATUS_ACCESS_DENIED for a thread of another user and STATUS_PRIVILEGE_NOT_HELD
 *       otherwise, ESRCH (the thread just exited) STATUS_INVALID_CID.</li>
 * </ol>
 * A request is never a silent no-op: it either changes the thread or fails with a status.
 * The device holds no state and is safe to call from many threads.
 */
public final class BoosterDevice {
    public static final String DEVICE_NAME = "\\Device\\Booster";
    public static final String SYMBOLIC_LINK = "\\??\\Booster";
    public static final String WIN32_PATH = "\\\\.\\Booster";

    private final ThreadTable threads;
    private final ThreadScheduling scheduling;
    private final CallerPrivilege privilege;

    BoosterDevice(ThreadTable threads, ThreadScheduling scheduling, CallerPrivilege privilege) {
        this.threads = threads;
        this.scheduling = scheduling;
        this.privilege = privilege;
    }

    /** The device over this machine's threads. */
    public static BoosterDevice system() {
        return new BoosterDevice(ThreadTable.system(), ThreadScheduling.system(), CallerPrivilege.system());
    }

    /**
     * IRP_MJ_WRITE: {@code input} is a {@link ThreadData}; success writes {@value ThreadData#SIZE} bytes.
     * Never throws for bad input: every failure is a status.
     */
    public WriteResult write(Caller caller, byte[] input) {
        Objects.requireNonNull(caller, "caller");
        if (input == null) {
            return WriteResult.failure(NtStatus.INVALID_PARAMETER);
        }
        if (input.length < ThreadData.SIZE) {
            return WriteResult.failure(NtStatus.BUFFER_TOO_SMALL);
        }
        if (input.length > ThreadData.SIZE) {
            return WriteResult.failure(NtStatus.INVALID_BUFFER_SIZE);
        }
        try {
            apply(caller, ThreadData.decode(input));
            return WriteResult.success(ThreadData.SIZE);
        } catch (NtStatusException e) {
            return WriteResult.failure(e.status());
        }
    }

    /**
     * The request itself, for callers that want the thread's scheduling before and after, or a
     * message naming what is wrong.
     *
     * @throws NtStatusException with the status {@link #write} would return
     */
    public PriorityChange apply(Caller caller, ThreadData request) {
        int priority = request.priority();
        if (!PriorityMapping.isValidPriority(priority)) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER,
                    "priority " + priority + " is outside " + PriorityMapping.MIN_PRIORITY + ".." + PriorityMapping.MAX_PRIORITY);
        }
        LinuxThread thread = threads.find(request.threadId())
                .orElseThrow(() -> noSuchThread(request.threadId()));
        LinuxSchedule schedule = PriorityMapping.toLinux(priority);
        boolean privileged = privilege.holdsSysNice(caller);
        if (!privileged && !thread.isOwnedBy(caller.uid())) {
            throw new NtStatusException(NtStatus.ACCESS_DENIED, "thread " + thread.tid() + " belongs to uid "
                    + thread.realUid() + ", not to the caller's uid " + caller.uid());
        }
        if (!privileged && schedule.raisesAboveNormal()) {
            throw new NtStatusException(NtStatus.PRIVILEGE_NOT_HELD, "priority " + priority + " (" + schedule
                    + ") is above normal and needs root or CAP_SYS_NICE; uid " + caller.uid() + " has neither");
        }
        ThreadPriority before = read(thread);
        try {
            scheduling.apply(thread.tid(), schedule);
        } catch (LinuxCallException e) {
            throw statusOf(e, thread);
        }
        return new PriorityChange(before, read(thread));
    }

    /** The thread's current scheduling. @throws NtStatusException STATUS_INVALID_CID when there is no such thread */
    public ThreadPriority read(long tid) {
        return read(threads.find(tid).orElseThrow(() -> noSuchThread(tid)));
    }

    private ThreadPriority read(LinuxThread thread) {
        try {
            return scheduling.read(thread.tid());
        } catch (LinuxCallException e) {
            throw statusOf(e, thread);
        }
    }

    private NtStatusException statusOf(LinuxCallException e, LinuxThread thread) {
        NtStatus status = switch (e.errno()) {
            case Errno.ESRCH -> NtStatus.INVALID_CID;
            case Errno.EACCES -> NtStatus.PRIVILEGE_NOT_HELD;
            case Errno.EPERM -> thread.isOwnedBy(privilege.selfEffectiveUid())
                    ? NtStatus.PRIVILEGE_NOT_HELD
                    : NtStatus.ACCESS_DENIED;
            case Errno.EINVAL -> NtStatus.INVALID_PARAMETER;
            default -> NtStatus.UNSUCCESSFUL;
        };
        return new NtStatusException(status, e.getMessage() + " for thread " + thread.tid());
    }

    private static NtStatusException noSuchThread(long tid) {
        return new NtStatusException(NtStatus.INVALID_CID, "no thread has id " + tid);
    }
}
