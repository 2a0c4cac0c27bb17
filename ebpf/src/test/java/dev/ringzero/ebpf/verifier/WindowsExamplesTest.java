package dev.ringzero.ebpf.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.program.LoadedProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every eBPF for Windows example object in {@code examples/}, linked by the engine, verifies on the Windows platform. */
class WindowsExamplesTest {

    static Path examples() {
        return KernelInventoryTest.corpus().getParent();
    }

    @TestFactory
    Stream<DynamicTest> everyWindowsExampleProgramVerifies() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".o")).sorted().toList()) {
                LoadedObject linked = LinkedInput.link(file, Platform.WINDOWS);
                for (LoadedProgram program : linked.programs()) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + " " + program.name(), () -> {
                        Verdict verdict = Verifier.verify(LinkedInput.input(linked, program, VerifierOptions.defaults()));
                        assertThat(verdict.passed()).as(verdict.message()).isTrue();
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(12);
        return tests.stream();
    }

    @Test
    void theArticlesProgramVerifiesWhenLinkedFromItsObject() throws IOException {
        LoadedObject linked = LinkedInput.link(examples().resolve("trace_connections.o"), Platform.WINDOWS);
        LoadedProgram program = linked.program("TraceConnections").orElseThrow();

        Verdict verdict = Verifier.verify(LinkedInput.input(linked, program, VerifierOptions.defaults()));

        assertThat(verdict.passed()).as(verdict.message()).isTrue();
        assertThat(LinkedInput.maps(linked).getFirst().valueSize()).isEqualTo(40);
    }
}
