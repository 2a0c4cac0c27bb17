package dev.ringzero.ebpf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Linux program types allow exactly the helpers examples/verifier/probe_helpers.py measured on the kernel. */
class HelperAvailabilityTest {

    private static Map<Integer, List<String>> probed() throws IOException {
        var byId = new HashMap<Integer, List<String>>();
        try (InputStream in = LinuxProgramTypes.class.getResourceAsStream(LinuxProgramTypes.AVAILABILITY)) {
            assertThat(in).as("the probe's output").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split("\\s+");
                byId.put(Integer.parseInt(f[0]), f[2].equals("-") ? List.of() : List.of(f[2].split(",")));
            }
        }
        return byId;
    }

    @Test
    void everyLinuxTypeAllowsExactlyTheHelpersTheKernelLetItCall() throws IOException {
        Map<Integer, List<String>> probed = probed();
        assertThat(probed).containsKeys(1, 211);
        List<ProgramType> types = ProgramType.all(Platform.LINUX);
        assertThat(types).isNotEmpty();
        for (ProgramType type : types) {
            for (HelperPrototype helper : HelperTable.of(Platform.LINUX).all()) {
                assertThat(type.allows(helper.function()))
                        .as("%s may call %s#%d", type.name(), helper.name(), helper.id())
                        .isEqualTo(probed.getOrDefault(helper.id(), List.of()).contains(type.name()));
            }
        }
    }

    @Test
    void theProbeNamesHelpersAsLibbpfDoes() throws IOException {
        Map<Integer, List<String>> probed = probed();
        assertThat(probed.get(51)).containsExactly("xdp");
        assertThat(probed.get(27)).containsExactly("kprobe", "tracepoint", "perf_event", "raw_tracepoint");
        assertThat(probed.get(131)).hasSize(9);
    }
}
