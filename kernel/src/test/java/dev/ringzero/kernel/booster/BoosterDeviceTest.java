package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.ob.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Booster device against real threads of child processes, read back from /proc and the scheduler. */
class BoosterDeviceTest {
    private static final int SCHED_OTHER = 0;
    private static final int SCHED_RR = 2;
    private static final Caller ROOT = new Caller(1, 0, 0, 0);
    private static final Caller NOBODY = new Caller(2, ChildProcess.NOBODY, ChildProcess.NOBODY, 0);
    private static final Caller ANOTHER_USER = new Caller(3, 1000, 1000, 0);

    private final BoosterDevice device = BoosterDevice.system();

    private static byte[] request(long tid, int priority) {
        return new ThreadData(tid, priority).encode();
    }

    @Test
    void boostingAChildThreadToRealTimePutsItOnRoundRobin() {
        assumeTrue(ChildProcess.mayUseRealTime(), "this process may not use real-time policies");
        try (ChildProcess child = ChildProcess.sleeper()) {
            WriteResult result = device.write(Caller.ofThisProcess(), request(child.pid(), 26));

            assertThat(result).isEqualTo(WriteResult.success(8));
            TaskStat stat = TaskStat.of(child.pid(), child.pid());
            assertThat(stat.policy()).isEqualTo(SCHED_RR);
            assertThat(stat.rtPriority()).isEqualTo(11);
            assertThat(device.read(child.pid())).isEqualTo(ThreadPriority.of(child.pid(), SchedPolicy.RR, stat.nice(), 11));
        }
    }

    @Test
    void loweringAChildThreadRaisesItsNiceValue() {
        try (ChildProcess child = ChildProcess.sleeper()) {
            WriteResult result = device.write(Caller.ofThisProcess(), request(child.pid(), 4));

            assertThat(result).isEqualTo(WriteResult.success(8));
            assertThat(TaskStat.of(child.pid(), child.pid())).isEqualTo(new TaskStat(11, 0, SCHED_OTHER));
            assertThat(device.read(child.pid()).windowsPriority()).isEqualTo(4);
        }
    }

    @Test
    void raisingAChildThreadAboveNormalGivesANegativeNiceValue() {
        assumeTrue(ChildProcess.holdsSysNice(), "this process lacks CAP_SYS_NICE");
        try (ChildProcess child = ChildProcess.sleeper()) {
            assertThat(device.write(Caller.ofThisProcess(), request(child.pid(), 13)).status()).isEqualTo(NtStatus.SUCCESS);
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isEqualTo(-13);
        }
    }

    @Test
    void aRealTimeThreadReturnsToSchedOtherAtANormalPriority() {
        assumeTrue(ChildProcess.mayUseRealTime(), "this process may not use real-time policies");
        try (ChildProcess child = ChildProcess.sleeper()) {
            device.write(Caller.ofThisProcess(), request(child.pid(), 31));
            assertThat(TaskStat.of(child.pid(), child.pid()).policy()).isEqualTo(SCHED_RR);

            assertThat(device.write(Caller.ofThisProcess(), request(child.pid(), 8)).status()).isEqualTo(NtStatus.SUCCESS);
            assertThat(TaskStat.of(child.pid(), child.pid())).isEqualTo(new TaskStat(0, 0, SCHED_OTHER));
        }
    }

    @Test
    void onlyTheNamedThreadOfAMultiThreadedChildChanges(@TempDir Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("Sleeper.java"),
                "class Sleeper { public static void main(String[] a) throws Exception { Thread.sleep(60_000); } }");
        try (ChildProcess child = ChildProcess.java(source)) {
            child.awaitThreads();
            int worker = child.threads().stream().filter(tid -> tid != child.pid()).findFirst().orElseThrow();
            int leaderNice = TaskStat.of(child.pid(), child.pid()).nice();

            assertThat(device.write(Caller.ofThisProcess(), request(worker, 2)).status()).isEqualTo(NtStatus.SUCCESS);

            assertThat(TaskStat.of(child.pid(), worker).nice()).isEqualTo(17);
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isEqualTo(leaderNice);
        }
    }

    @Test
    void applyReportsTheSchedulingBeforeAndAfter() {
        try (ChildProcess child = ChildProcess.sleeper()) {
            device.write(Caller.ofThisProcess(), request(child.pid(), 6));

            PriorityChange change = device.apply(Caller.ofThisProcess(), new ThreadData(child.pid(), 3));

            assertThat(change.before()).isEqualTo(ThreadPriority.of(child.pid(), SchedPolicy.OTHER, 6, 0));
            assertThat(change.after()).isEqualTo(ThreadPriority.of(child.pid(), SchedPolicy.OTHER, 14, 0));
            assertThat(change.after().windowsPriority()).isEqualTo(3);
        }
    }

    @Test
    void aPriorityOutsideOneToThirtyOneIsAnInvalidParameterAndChangesNothing() {
        try (ChildProcess child = ChildProcess.sleeper()) {
            TaskStat before = TaskStat.of(child.pid(), child.pid());
            for (int priority : new int[] {0, 32, -1, Integer.MIN_VALUE}) {
                assertThat(device.write(Caller.ofThisProcess(), request(child.pid(), priority)))
                        .as("priority %d", priority).isEqualTo(WriteResult.failure(NtStatus.INVALID_PARAMETER));
            }
            assertThat(TaskStat.of(child.pid(), child.pid())).isEqualTo(before);
        }
    }

    @Test
    void anInvalidPriorityNamesItselfInTheMessage() {
        assertThatThrownBy(() -> device.apply(ROOT, new ThreadData(1, 32)))
                .isInstanceOfSatisfying(NtStatusException.class, e -> assertThat(e.status()).isEqualTo(NtStatus.INVALID_PARAMETER))
                .hasMessage("priority 32 is outside 1..31");
    }

    @Test
    void aThreadIdNoThreadHasIsAnInvalidCid() {
        int absent = ThreadTableTest.absentThreadId();
        assertThat(device.write(ROOT, request(absent, 8))).isEqualTo(WriteResult.failure(NtStatus.INVALID_CID));
        assertThatThrownBy(() -> device.apply(ROOT, new ThreadData(absent, 8))).hasMessage("no thread has id " + absent);
    }

    @Test
    void threadIdZeroIsAnInvalidCidNotTheCallingThread() {
        assertThat(device.write(ROOT, request(0, 4))).isEqualTo(WriteResult.failure(NtStatus.INVALID_CID));
        assertThat(device.write(ROOT, request(0xFFFF_FFFFL, 4))).isEqualTo(WriteResult.failure(NtStatus.INVALID_CID));
    }

    @Test
    void aBufferShorterThanThreadDataIsTooSmall() {
        assertThat(device.write(ROOT, new byte[7])).isEqualTo(WriteResult.failure(NtStatus.BUFFER_TOO_SMALL));
        assertThat(device.write(ROOT, new byte[0])).isEqualTo(WriteResult.failure(NtStatus.BUFFER_TOO_SMALL));
    }

    @Test
    void aBufferLongerThanThreadDataIsAnInvalidBufferSizeAndChangesNothing() {
        try (ChildProcess child = ChildProcess.sleeper()) {
            byte[] longer = new byte[12];
            System.arraycopy(request(child.pid(), 2), 0, longer, 0, 8);
            TaskStat before = TaskStat.of(child.pid(), child.pid());

            assertThat(device.write(ROOT, longer)).isEqualTo(WriteResult.failure(NtStatus.INVALID_BUFFER_SIZE));
            assertThat(TaskStat.of(child.pid(), child.pid())).isEqualTo(before);
        }
    }

    @Test
    void noBufferIsAnInvalidParameter() {
        assertThat(device.write(ROOT, null)).isEqualTo(WriteResult.failure(NtStatus.INVALID_PARAMETER));
    }

    @Test
    void anotherUsersThreadIsAccessDenied() {
        assumeTrue(ChildProcess.canRunAsNobody(), "needs root and setpriv to start a process of another user");
        try (ChildProcess child = ChildProcess.sleeperOfNobody()) {
            TaskStat before = TaskStat.of(child.pid(), child.pid());

            assertThat(device.write(ANOTHER_USER, request(child.pid(), 4))).isEqualTo(WriteResult.failure(NtStatus.ACCESS_DENIED));
            assertThatThrownBy(() -> device.apply(ANOTHER_USER, new ThreadData(child.pid(), 4)))
                    .hasMessage("thread " + child.pid() + " belongs to uid 65534, not to the caller's uid 1000");
            assertThat(TaskStat.of(child.pid(), child.pid())).isEqualTo(before);
        }
    }

    @Test
    void aUserMayLowerItsOwnThread() {
        assumeTrue(ChildProcess.canRunAsNobody(), "needs root and setpriv to start a process of another user");
        try (ChildProcess child = ChildProcess.sleeperOfNobody()) {
            assertThat(device.write(NOBODY, request(child.pid(), 4))).isEqualTo(WriteResult.success(8));
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isEqualTo(11);
        }
    }

    @Test
    void anUnprivilegedRealTimeRequestIsPrivilegeNotHeld() {
        assumeTrue(ChildProcess.canRunAsNobody(), "needs root and setpriv to start a process of another user");
        try (ChildProcess child = ChildProcess.sleeperOfNobody()) {
            TaskStat before = TaskStat.of(child.pid(), child.pid());

            assertThat(device.write(NOBODY, request(child.pid(), 20))).isEqualTo(WriteResult.failure(NtStatus.PRIVILEGE_NOT_HELD));
            assertThatThrownBy(() -> device.apply(NOBODY, new ThreadData(child.pid(), 20)))
                    .hasMessage("priority 20 (SCHED_RR, rt priority 5) is above normal and needs root or CAP_SYS_NICE;"
                            + " uid 65534 has neither");
            assertThat(TaskStat.of(child.pid(), child.pid())).isEqualTo(before);
        }
    }

    @Test
    void anUnprivilegedRequestAboveNormalIsPrivilegeNotHeld() {
        assumeTrue(ChildProcess.canRunAsNobody(), "needs root and setpriv to start a process of another user");
        try (ChildProcess child = ChildProcess.sleeperOfNobody()) {
            assertThat(device.write(NOBODY, request(child.pid(), 9))).isEqualTo(WriteResult.failure(NtStatus.PRIVILEGE_NOT_HELD));
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isNotEqualTo(-2);
        }
    }

    @Test
    void rootMayBoostAnotherUsersThread() {
        assumeTrue(ChildProcess.canRunAsNobody() && ChildProcess.mayUseRealTime(), "needs root, setpriv and real-time");
        try (ChildProcess child = ChildProcess.sleeperOfNobody()) {
            assertThat(device.write(ROOT, request(child.pid(), 16))).isEqualTo(WriteResult.success(8));
            assertThat(TaskStat.of(child.pid(), child.pid()).policy()).isEqualTo(SCHED_RR);
        }
    }

    @Test
    void aNonRootCallerOfThisProcessHoldingCapSysNiceIsPrivileged() {
        assumeTrue(ChildProcess.canRunAsNobody() && ChildProcess.holdsSysNice(), "needs root, setpriv and CAP_SYS_NICE");
        Caller thisProcessAsAnotherUser = new Caller(ProcessHandle.current().pid(), 1000, 1000, 0);
        try (ChildProcess child = ChildProcess.sleeperOfNobody()) {
            assertThat(device.write(thisProcessAsAnotherUser, request(child.pid(), 12)).status()).isEqualTo(NtStatus.SUCCESS);
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isEqualTo(-10);
        }
    }
}
