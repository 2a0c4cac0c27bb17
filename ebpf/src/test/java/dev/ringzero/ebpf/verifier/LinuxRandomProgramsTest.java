package dev.ringzero.ebpf.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Disassembler;
import dev.ringzero.ebpf.isa.LabelResolver;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Random small XDP programs (packet bounds checks, packet/stack/context accesses, pointer arithmetic,
 * branches, loops, helper calls) with the verdict Linux 6.18 gave each when root loaded it
 * ({@code linux_random_programs.txt}, written by {@code examples/verifier/probe_random.py}). We must
 * never accept what the kernel rejects; and since precision-sensitive pointer math follows the kernel, we reject none it accepts.
 */
class LinuxRandomProgramsTest {
    private static final ProgramType XDP = ProgramType.named(Platform.LINUX, "xdp").orElseThrow();

    record Sample(boolean kernelPasses, Code code) {}

    static List<Sample> samples() throws IOException {
        List<Sample> out = new ArrayList<>();
        // -Dverifier.programs=FILE judges another file written by probe_random.py or probe_scalar.py
        String other = System.getProperty("verifier.programs");
        try (InputStream in = other != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(other))
                : LinuxRandomProgramsTest.class.getResourceAsStream("/verifier/linux_random_programs.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                String[] f = line.split(" ");
                out.add(new Sample(f[0].equals("pass"), Code.decode(HexFormat.of().parseHex(f[1]))));
            }
        }
        return out;
    }

    static String listing(Code code) {
        return code.instructions().stream()
                .map(at -> at.pc() + ": " + Disassembler.format(at.instruction(), at.pc(), LabelResolver.none()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void weNeverAcceptWhatTheKernelRejectsAndRarelyRejectWhatItAccepts() throws IOException {
        List<Sample> samples = samples();
        List<String> falseAccepts = new ArrayList<>();
        List<String> falseRejects = new ArrayList<>();
        int kernelPasses = 0;
        for (Sample s : samples) {
            Verdict v = Verifier.verify(new VerifierInput(s.code(), XDP, List.of()));
            if (s.kernelPasses()) kernelPasses++;
            if (v.passed() && !s.kernelPasses()) falseAccepts.add("HEX " + HexFormat.of().formatHex(s.code().encode()) + "\n" + listing(s.code()));
            if (!v.passed() && s.kernelPasses()) falseRejects.add(v.message() + "\n" + listing(s.code()));
        }
        assertThat(samples).hasSizeGreaterThan(5000);
        assertThat(kernelPasses).isGreaterThan(100);
        assertThat(falseAccepts).as("programs the kernel rejects and we accept").isEmpty();
        assertThat(falseRejects.size()).as("programs the kernel accepts and we reject:\n" + String.join("\n\n", falseRejects))
                .isEqualTo(0);
    }
}
