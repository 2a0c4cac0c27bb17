package dev.ringzero.ebpf.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.maps.MapType;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's program, as clang compiled it, on the eBPF for Windows platform. */
class TraceConnectionsTest {
    /** process_info: id (4) + name[32] + count (4). */
    private static final MapDescriptor PROC_MAP = MapDescriptor.of("proc_map", MapType.HASH, 4, 40, 1024);

    static Code program() throws IOException {
        try (InputStream in = TraceConnectionsTest.class.getResourceAsStream("/verifier/trace_connections.objdump")) {
            return new ObjdumpText(new String(in.readAllBytes(), StandardCharsets.UTF_8)).section("bind", List.of("proc_map"));
        }
    }

    static VerifierInput input(Code code, List<MapDescriptor> maps) {
        return new VerifierInput(code, ProgramType.named(Platform.WINDOWS, "bind").orElseThrow(), maps);
    }

    @Test
    void theArticlesProgramVerifiesWithItsMinBoundedCopy() throws IOException {
        Verdict verdict = Verifier.verify(input(program(), List.of(PROC_MAP)));

        assertThat(verdict.passed()).as(verdict.message()).isTrue();
    }

    @Test
    void aSmallerMapValueMakesTheCountUpdateOutOfBounds() throws IOException {
        Verdict verdict = Verifier.verify(input(program(), List.of(MapDescriptor.of("proc_map", MapType.HASH, 4, 36, 1024))));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.errors().getFirst().pc()).isEqualTo(17);
        assertThat(verdict.errors().getFirst().message()).contains("value_size=36");
    }
}
