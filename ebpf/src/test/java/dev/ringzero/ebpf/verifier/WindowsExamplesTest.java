package dev.ringzero.ebpf.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.BpfObjectLoader;
import dev.ringzero.ebpf.elf.Program;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every eBPF for Windows example object in {@code examples/} verifies on the Windows platform. */
class WindowsExamplesTest {

    static Path examples() {
        return KernelInventoryTest.corpus().getParent();
    }

    @TestFactory
    Stream<DynamicTest> everyWindowsExampleProgramVerifies() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".o")).sorted().toList()) {
                BpfObject object = BpfObjectLoader.load(file);
                TestLinker linker = new TestLinker(object, Platform.WINDOWS);
                for (Program program : object.programs()) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + " " + program.name(), () -> {
                        ProgramType type = ProgramType.forSection(Platform.WINDOWS, program.sectionName()).orElseThrow();
                        TestLinker.Linked linked = linker.link(program);
                        Verdict verdict = Verifier.verify(new VerifierInput(linked.code(), type, linked.maps()));
                        assertThat(verdict.passed()).as(verdict.message()).isTrue();
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(12);
        return tests.stream();
    }

    @Test
    void theArticlesObjectLinkedFromItsElfVerifies() throws IOException {
        BpfObject object = BpfObjectLoader.load(examples().resolve("trace_connections.o"));
        TestLinker.Linked linked = new TestLinker(object, Platform.WINDOWS).link(object.program("TraceConnections").orElseThrow());

        Verdict verdict = Verifier.verify(new VerifierInput(linked.code(),
                ProgramType.forSection(Platform.WINDOWS, "bind").orElseThrow(), linked.maps()));

        assertThat(verdict.passed()).as(verdict.message()).isTrue();
        assertThat(linked.maps().getFirst().valueSize()).isEqualTo(40);
    }
}
