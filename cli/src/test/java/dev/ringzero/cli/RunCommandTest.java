package dev.ringzero.cli;

import static dev.ringzero.cli.RzRunner.rz;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rz run} behaves like {@code bpftool prog run}: one JSON line per file with retval and duration. */
class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path packet(int length) throws IOException {
        Path packet = dir.resolve("packet" + length);
        Files.write(packet, new byte[length]);
        return packet;
    }

    @Test
    void eachFileGivesOneJsonLineWithExactlyFileRetvalAndDuration() throws IOException {
        RzRunner run = rz("run", "--json", "--data-in", packet(64).toString(), "--repeat", "10",
                "../bench/bpf/alu_loop.o", "../bench/bpf/map_count.o");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(fieldNames(first)).containsExactly("file", "retval", "duration");
        assertThat(first.get("file").asText()).isEqualTo("../bench/bpf/alu_loop.o");
        assertThat(first.get("retval").asLong()).as("the kernel's bpftool prog run gives 1 for a 64-byte packet").isEqualTo(1);
        assertThat(first.get("duration").asLong()).isPositive();
        assertThat(JSON.readTree(lines.get(1)).get("retval").asLong()).as("XDP_PASS").isEqualTo(2);
    }

    @Test
    void aBindContextGivenAsJsonReachesTheProgram() throws IOException {
        Path ctx = dir.resolve("ctx.json");
        Files.writeString(ctx, """
                {"process_id": 1044, "app_id": "/usr/sbin/nginx", "operation": 0, "protocol": 6,
                 "socket_address": "0.0.0.0:80"}""");

        RzRunner permitted = rz("run", "--json", "--ctx-in", ctx.toString(), "../examples/block_bind.o");

        assertThat(permitted.exitCode()).isZero();
        assertThat(JSON.readTree(permitted.out()).get("retval").asLong()).as("BIND_PERMIT").isZero();
    }

    @Test
    void theInterpreterAndTheJitGiveTheSameResults() throws IOException {
        String packet = packet(64).toString();
        for (String object : List.of("../bench/bpf/alu_loop.o", "../bench/bpf/map_count.o", "../examples/linux/xdp_protocol_count.o")) {
            RzRunner interpreted = rz("run", "--json", "--engine", "interpreter", "--data-in", packet, object);
            RzRunner compiled = rz("run", "--json", "--engine", "jit", "--data-in", packet, object);

            assertThat(JSON.readTree(compiled.out()).get("retval"))
                    .as(object).isEqualTo(JSON.readTree(interpreted.out()).get("retval"));
        }
    }

    @Test
    void anUnknownEngineIsUnusableInput() {
        RzRunner run = rz("run", "--engine", "llvm", "../bench/bpf/alu_loop.o");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rz run: --engine must be interpreter or jit, not llvm\n");
    }

    @Test
    void withoutJsonTheOutputReadsLikeBpftool() throws IOException {
        RzRunner run = rz("run", "--data-in", packet(64).toString(), "--repeat", "3", "../bench/bpf/map_count.o");

        assertThat(run.out()).matches("\\.\\./bench/bpf/map_count\\.o: Return value: 2, duration \\(average\\): \\d+ns\\n");
    }

    @Test
    void anUnknownContextFieldIsOneLineOfErrorAndExitCodeTwo() throws IOException {
        Path ctx = dir.resolve("bad.json");
        Files.writeString(ctx, "{\"pid\": 1}");

        RzRunner run = rz("run", "--ctx-in", ctx.toString(), "../examples/trace_connections.o");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rz run: " + ctx + ": bind_md_t has no settable field 'pid'\n");
    }

    @Test
    void malformedJsonIsUnusableInput() throws IOException {
        Path ctx = dir.resolve("broken.json");
        Files.writeString(ctx, "{\"process_id\": ");

        RzRunner run = rz("run", "--ctx-in", ctx.toString(), "../examples/trace_connections.o");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("rz run: " + ctx + ": not a JSON context").hasLineCount(1);
    }

    @Test
    void anUnknownProgramNameListsThePrograms() {
        RzRunner run = rz("run", "--program", "nope", "../examples/trace_connections.o");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no program named 'nope' (programs: TraceConnections)");
    }

    @Test
    void anEmptyPacketStopsAtTheProgramsOwnBoundsCheck() throws IOException {
        RzRunner run = rz("run", "--json", "--data-in", packet(0).toString(), "../examples/linux/xdp_protocol_count.o");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("retval").asLong()).as("XDP_PASS").isEqualTo(2);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
