package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the Linux thread id of a platform thread of this JVM. For the current thread that is
 * {@code gettid()}; for another thread, the JVM names each native thread after its Java thread when
 * it starts (the name's first 15 bytes, Linux's {@code comm} limit), so the thread is the one task of
 * {@code /proc/self/task} with that name. A thread renamed after it started, or a name shared by
 * two threads, cannot be found that way: let the thread call {@link Booster#currentThreadId()} itself.
 */
final class NativeThreadIds {
    static final int COMM_LENGTH = 15;

    private final ThreadTable threads;
    private final ThreadScheduling scheduling;
    private final long selfPid;

    NativeThreadIds(ThreadTable threads, ThreadScheduling scheduling, long selfPid) {
        this.threads = threads;
        this.scheduling = scheduling;
        this.selfPid = selfPid;
    }

    int of(Thread thread) {
        if (thread.isVirtual()) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "virtual thread " + thread
                    + " has no native thread of its own: it runs on whichever carrier is free");
        }
        if (thread == Thread.currentThread()) {
            return scheduling.currentThreadId();
        }
        if (!thread.isAlive()) {
            throw new NtStatusException(NtStatus.INVALID_CID, "thread " + thread.getName() + " is not running");
        }
        byte[] comm = commOf(thread.getName());
        List<Integer> matches = threads.threadsOf(selfPid).stream()
                .filter(tid -> threads.threadComm(selfPid, tid).filter(name -> Arrays.equals(comm, name)).isPresent())
                .toList();
        return switch (matches.size()) {
            case 1 -> matches.getFirst();
            case 0 -> throw new NtStatusException(NtStatus.NOT_FOUND, "no native thread of this JVM is named \""
                    + new String(comm, StandardCharsets.UTF_8) + "\" (was thread " + thread.getName() + " renamed after it started?)");
            default -> throw new NtStatusException(NtStatus.OBJECT_NAME_COLLISION, matches.size()
                    + " native threads of this JVM are named \"" + new String(comm, StandardCharsets.UTF_8)
                    + "\": give the thread a unique name, or let it call Booster.currentThreadId()");
        };
    }

    /** The name Linux shows for a thread of this Java name: its first 15 bytes of UTF-8. */
    static byte[] commOf(String javaName) {
        byte[] utf8 = javaName.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(utf8, Math.min(utf8.length, COMM_LENGTH));
    }
}
