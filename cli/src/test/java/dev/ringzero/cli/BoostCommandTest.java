package dev.ringzero.cli;

import static dev.ringzero.cli.RzRunner.rz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BoostCommandTest {

    private Process sleeper;

    @BeforeEach
    void startThread() throws Exception {
        sleeper = new ProcessBuilder("sleep", "30").start();
    }

    @AfterEach
    void stopThread() {
        sleeper.destroyForcibly();
    }

    @Test
    void loweringAThreadOfOurOwnPrintsSuccessAndTheNiceValueChanges() throws Exception {
        long tid = sleeper.pid();

        RzRunner run = rz("boost", Long.toString(tid), "4");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Success!!\n")
                .contains("before: 8 (SCHED_OTHER, nice 0)")
                .contains("after: 4 (SCHED_OTHER, nice 11)");
        String stat = Files.readString(Path.of("/proc/" + tid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        assertThat(fields[16]).as("nice (field 19)").isEqualTo("11");
    }

    @Test
    void aRootCallerPutsTheThreadOnRoundRobinThroughTheDevice() throws Exception {
        assumeTrue(new com.sun.security.auth.module.UnixSystem().getUid() == 0, "real-time needs root");
        long tid = sleeper.pid();

        RzRunner run = rz("boost", Long.toString(tid), "26");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                Success!!
                before: 8 (SCHED_OTHER, nice 0)
                after: 26 (SCHED_RR, rt priority 11)
                """);
        String stat = Files.readString(Path.of("/proc/" + tid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        assertThat(fields[37]).as("rt_priority (field 40)").isEqualTo("11");
        assertThat(fields[38]).as("policy (field 41): SCHED_RR").isEqualTo("2");
    }

    @Test
    void throughTheDaemonTheSameWriteChangesTheThread(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        long tid = sleeper.pid();
        Path socket = dir.resolve("kernel.sock");
        try (var daemon = dev.ringzero.kernel.daemon.DaemonServer.start(dev.ringzero.kernel.Kernel.embedded(), socket)) {
            RzRunner run = rz("boost", "--daemon", "--socket", socket.toString(), Long.toString(tid), "6");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("Success!!\n").contains("after: 6 (SCHED_OTHER, nice 6)");
        }
    }

    @Test
    void withoutADaemonTheDaemonPathIsUnusableInput(@org.junit.jupiter.api.io.TempDir Path dir) {
        RzRunner run = rz("boost", "--daemon", "--socket", dir.resolve("none.sock").toString(), "1", "8");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("rz boost: no ringzero daemon at ");
    }

    @Test
    void aPriorityOutsideOneToThirtyOneIsError87() {
        RzRunner run = rz("boost", Long.toString(sleeper.pid()), "40");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("Error (87)\n");
    }

    @Test
    void anUnknownThreadIsError87AsInvalidCid() {
        RzRunner run = rz("boost", "2147483000", "8");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("Error (87)\n");
    }
}
