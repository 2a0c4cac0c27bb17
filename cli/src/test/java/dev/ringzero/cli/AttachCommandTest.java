package dev.ringzero.cli;

import static dev.ringzero.cli.RzRunner.rz;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code rz attach}: the README's main job, the article's program on a stream of bind events. */
class AttachCommandTest {

    @Test
    void traceConnectionsCountsEveryBindPerProcessAndPrintsProcMapAsATable() {
        RzRunner run = rz("attach", "../examples/trace_connections.o", "--events", "500", "--seed", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Attached TraceConnections to the bind hook; delivering 500 simulated bind events.")
                .contains("Verdicts: 500 BIND_PERMIT, 0 BIND_DENY, 0 BIND_REDIRECT.")
                .contains("proc_map (hash, key 4, value 40, max entries 1024, 10 in use):")
                .containsPattern("\\n   key    id  name +count\\n")
                .containsPattern("\\n   812   812  /usr/sbin/sshd +\\d+\\n");
        long binds = Long.parseLong(run.out().replaceAll("(?s).*Events: (\\d+) bind.*", "$1"));
        long counted = run.out().lines().filter(l -> l.matches("\\s+\\d+\\s+\\d+\\s+/\\S+\\s+\\d+"))
                .mapToLong(l -> Long.parseLong(l.trim().replaceAll(".*\\s", ""))).sum();
        assertThat(counted).as("every bind operation is counted once").isEqualTo(binds);
    }

    @Test
    void blockBindDeniesTheProcessesItIsToldToBlock() {
        RzRunner run = rz("attach", "../examples/block_bind.o", "--events", "400",
                "--update", "blocked_pids:1044=1", "--update", "blocked_names:named=1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Verdicts: \\d+ BIND_PERMIT, [1-9]\\d* BIND_DENY, 0 BIND_REDIRECT\\.");
    }

    @Test
    void bitfieldsOfANestedStructAreShownFromTheirOwnBits() {
        RzRunner run = rz("attach", "src/test/resources/verify/nested_bitfields.o", "--events", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("\\n +0 +255  \\{x = 3, y = 5\\}\\n");
    }

    @Test
    void aLinuxObjectCannotBeAttachedToTheBindHook() {
        RzRunner run = rz("attach", "../bench/bpf/map_count.o");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the bind hook runs eBPF for Windows programs; this is a linux object");
    }

    @Test
    void anUpdateOfAMissingMapNamesTheMaps() {
        RzRunner run = rz("attach", "../examples/block_bind.o", "--update", "nope:1=1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no map named 'nope' (maps: blocked_pids, blocked_names, denials)");
    }
}
