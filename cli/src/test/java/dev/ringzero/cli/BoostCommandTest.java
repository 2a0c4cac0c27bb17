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
