package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.ob.Caller;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The article's boost client, printing Success!! or Error (N) and the priority before and after. */
class BoostClientTest {
    private final BoosterDevice device = BoosterDevice.system();

    @Test
    void aSuccessfulBoostPrintsSuccessAndThePrioritiesBeforeAndAfter() {
        assumeTrue(ChildProcess.mayUseRealTime(), "this process may not use real-time policies");
        try (ChildProcess child = ChildProcess.sleeper()) {
            device.write(Caller.ofThisProcess(), new ThreadData(child.pid(), 8).encode());

            BoostReport report = BoostClient.embedded(device, Caller.ofThisProcess()).boost(child.pid(), 26);

            assertThat(report.text()).isEqualTo("""
                    Success!!
                    before: 8 (SCHED_OTHER, nice 0)
                    after: 26 (SCHED_RR, rt priority 11)
                    """);
            assertThat(report.exitCode()).isZero();
        }
    }

    @Test
    void anUnknownThreadPrintsTheWin32ErrorOfStatusInvalidCidAlone() {
        BoostReport report = BoostClient.embedded(device, Caller.ofThisProcess()).boost(ThreadTableTest.absentThreadId(), 8);

        assertThat(report.lines()).containsExactly("Error (87)");
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void aRefusedBoostPrintsTheErrorAndTheUnchangedPriority() {
        assumeTrue(ChildProcess.canRunAsNobody(), "needs root and setpriv to start a process of another user");
        try (ChildProcess child = ChildProcess.sleeperOfNobody()) {
            device.write(Caller.ofThisProcess(), new ThreadData(child.pid(), 7).encode());
            Caller anotherUser = new Caller(3, 1000, 1000, 0);

            BoostReport report = BoostClient.embedded(device, anotherUser).boost(child.pid(), 2);

            assertThat(report.lines()).containsExactly("Error (5)", "before: 7 (SCHED_OTHER, nice 3)", "after: 7 (SCHED_OTHER, nice 3)");
        }
    }

    @Test
    void anUnprivilegedRealTimeRequestPrintsErrorPrivilegeNotHeld() {
        assumeTrue(ChildProcess.canRunAsNobody(), "needs root and setpriv to start a process of another user");
        try (ChildProcess child = ChildProcess.sleeperOfNobody()) {
            Caller nobody = new Caller(2, ChildProcess.NOBODY, ChildProcess.NOBODY, 0);

            BoostReport report = BoostClient.embedded(device, nobody).boost(child.pid(), 20);

            assertThat(report.lines().getFirst()).isEqualTo("Error (1314)");
        }
    }

    @Test
    void aNegativeThreadIdIsSentAsTheU32TheArticlesClientSends() {
        BoostReport report = BoostClient.embedded(device, Caller.ofThisProcess()).boost(-1, 8);

        assertThat(report.lines()).containsExactly("Error (87)");
    }

    @Test
    void theClientWritesExactlyOneThreadDataToTheDevice() {
        byte[][] written = new byte[1][];
        BoostClient client = new BoostClient(input -> {
            written[0] = input;
            return WriteResult.success(input.length);
        });

        client.boost(9408, 26);

        assertThat(ThreadData.decode(written[0])).isEqualTo(new ThreadData(9408, 26));
    }
}
