package dev.ringzero.cli;

import static dev.ringzero.cli.RzRunner.rz;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rz verify}: the verdict contract of DESIGN.md, JSON lines and exit codes. */
class VerifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theArticlesProgramPassesOnTheDefaultWindowsPlatform() throws IOException {
        RzRunner run = rz("verify", "--json", "../examples/trace_connections.o");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(fieldNames(verdict)).containsExactly("file", "section", "program", "verdict", "error", "instruction");
        assertThat(verdict.get("section").asText()).isEqualTo("bind");
        assertThat(verdict.get("program").asText()).isEqualTo("TraceConnections");
        assertThat(verdict.get("verdict").asText()).isEqualTo("pass");
        assertThat(verdict.get("error").isNull()).isTrue();
    }

    @Test
    void everyWindowsExampleObjectPasses() throws IOException {
        List<String> objects;
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            objects = files.map(Path::toString).filter(f -> f.endsWith(".o")).sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of("verify", "--json"));
        args.addAll(objects);

        RzRunner run = rz(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines()).hasSizeGreaterThanOrEqualTo(objects.size())
                .allSatisfy(line -> assertThat(line).contains("\"verdict\":\"pass\""));
    }

    @Test
    void aNullDereferenceFailsWithTheInstructionAndAReasonAPersonCanActOn() throws IOException {
        RzRunner run = rz("verify", "--json", "--platform", "linux", "../examples/verifier/null_deref.o");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(verdict.get("verdict").asText()).isEqualTo("fail");
        assertThat(verdict.get("instruction").asInt()).isEqualTo(7);
        assertThat(verdict.get("error").asText()).contains("r0 may be NULL here")
                .contains("compare r0 with 0");
    }

    @Test
    void mapsRingzeroCannotCreateStillVerifyLikeTheKernelJudgesThem() throws IOException {
        RzRunner lpmAndPerf = rz("verify", "--json", "--platform", "linux", "src/test/resources/verify/lpm_perf.o");
        RzRunner wrongMap = rz("verify", "--json", "--platform", "linux", "src/test/resources/verify/perf_wrong_map.o");

        assertThat(lpmAndPerf.exitCode()).as(lpmAndPerf.out() + lpmAndPerf.err()).isZero();
        assertThat(wrongMap.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(wrongMap.out()).get("error").asText())
                .isEqualTo("cannot pass map_type 1 into func bpf_perf_event_output#25: map notperf is a hash map");
    }

    @Test
    void withoutJsonAFailureShowsTheSourceLineTheInstructionAndTheState() {
        RzRunner run = rz("verify", "--platform", "linux", "../examples/verifier/null_deref.o");

        assertThat(run.out()).startsWith("../examples/verifier/null_deref.o: xdp/null_deref: FAIL\n")
                .contains("  null_deref.c:9: v->count++;\n")
                .contains("  7: r1 = *(u64 *)(r0 + 0)  — r0 may be NULL here")
                .contains("state: r0=map_value_or_null");
    }

    @Test
    void theLogShowsTheAbstractStateBeforeEachInstruction() {
        RzRunner run = rz("verify", "--log", "--platform", "linux", "../bench/bpf/map_count.o");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("0: r2 = *(u32 *)(r1 + 0)").contains("r1=ctx");
    }

    @Test
    void aRejectedProgramDoesNotRunUnlessTheUnsafeOptionIsGiven(@TempDir Path dir) throws IOException {
        Path packet = dir.resolve("packet");
        Files.write(packet, new byte[64]);

        RzRunner refused = rz("run", "--data-in", packet.toString(), "../examples/verifier/null_deref.o");
        RzRunner unsafe = rz("run", "--unsafe-skip-verifier", "--data-in", packet.toString(),
                "../examples/verifier/null_deref.o");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith("rz run: ../examples/verifier/null_deref.o: the verifier rejected null_deref");
        assertThat(unsafe.exitCode()).as("the sandbox stops the NULL read").isEqualTo(1);
        assertThat(unsafe.err()).contains("faulted: at instruction 7: read of 8 bytes from NULL");
    }

    @Test
    void aProgramWhoseTailCallTargetTheVerifierRejectsDoesNotRun() {
        RzRunner run = rz("run", "--program", "good", "src/test/resources/verify/tail_unverified.o");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("rz run: src/test/resources/verify/tail_unverified.o: the verifier rejected bad:")
                .contains("infinite loop");
    }

    @Test
    void aProgramTheKernelCannotLoadFailsWithTheReason() {
        RzRunner run = rz("verify", "--platform", "linux", "--json", "src/test/resources/verify/malformed_exit.o");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("{\"file\":\"src/test/resources/verify/malformed_exit.o\",\"section\":\"socket\","
                + "\"program\":\"malformed_exit\",\"verdict\":\"fail\",\"error\":\"cannot be loaded: ")
                .contains("imm field must be zero, not 1").hasLineCount(1);
    }

    @Test
    void anUnusableObjectIsExitCodeTwo(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.o");
        Files.writeString(junk, "not an ELF file");

        RzRunner run = rz("verify", junk.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("rz verify: " + junk + ": not a usable BPF object").hasLineCount(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
