package dev.ringzero.ebpf.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Programs written by {@code examples/verifier/probe_scalar.py} (number tracking: ALU chains and
 * branches, then a stack index) on which our verifier once disagreed with Linux 6.18, plus a sample of
 * programs the kernel rejects, each with the verdict the kernel gave ({@code linux_scalar_programs.txt}).
 * Since the number tracking follows the kernel's, we must agree on every one.
 */
class LinuxScalarProgramsTest {
    private static final ProgramType XDP = ProgramType.named(Platform.LINUX, "xdp").orElseThrow();

    @Test
    void weGiveTheKernelsVerdictOnEveryProgram() throws IOException {
        List<String> falseAccepts = new ArrayList<>();
        List<String> falseRejects = new ArrayList<>();
        int samples = 0, accepted = 0;
        try (InputStream in = LinuxScalarProgramsTest.class.getResourceAsStream("/verifier/linux_scalar_programs.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                String[] f = line.split(" ");
                boolean kernelPasses = f[0].equals("pass");
                Code code = Code.decode(HexFormat.of().parseHex(f[1]));
                Verdict v = Verifier.verify(new VerifierInput(code, XDP, List.of()));
                samples++;
                if (kernelPasses) accepted++;
                String entry = "HEX " + f[1] + "\n" + LinuxRandomProgramsTest.listing(code);
                if (v.passed() && !kernelPasses) falseAccepts.add(entry);
                if (!v.passed() && kernelPasses) falseRejects.add(v.message() + "\n" + entry);
            }
        }
        assertThat(samples).isGreaterThan(400);
        assertThat(accepted).isGreaterThan(100).isLessThan(samples - 100);
        assertThat(falseAccepts).as("programs the kernel rejects and we accept").isEmpty();
        assertThat(falseRejects).as("programs the kernel accepts and we reject").isEmpty();
    }
}
