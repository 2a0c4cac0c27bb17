package dev.ringzero.ebpf.jit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ringzero.ebpf.conformance.ConformanceResult;
import dev.ringzero.ebpf.conformance.ConformanceRunner;
import dev.ringzero.ebpf.conformance.ConformanceSuite;
import dev.ringzero.ebpf.isa.Code;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bpf_conformance suite on the JIT, mirroring the interpreter's suite test: every positive test
 * returns its stated result, every negative one is rejected, each with exactly the interpreter's
 * outcome (r0 and instruction count, or the same fault message), and every class passes the verifier.
 */
class JitConformanceTest {

    private static Path root() {
        String property = System.getProperty("ringzero.root");
        Path start = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("bpf-conformance");
            if (Files.isDirectory(candidate.resolve("tests"))) {
                return candidate;
            }
        }
        assumeTrue(false, "no ../shared/bpf-conformance checkout next to the project");
        throw new AssertionError();
    }

    @TestFactory
    Stream<DynamicTest> everyConformanceTestReturnsItsStatedResultOnTheJit() {
        return cases(root().resolve("tests"), false);
    }

    @TestFactory
    Stream<DynamicTest> everyNegativeConformanceTestIsRejectedOnTheJit() {
        Path negative = root().resolve("negative");
        assumeTrue(Files.isDirectory(negative), "no negative/ folder");
        return cases(negative, true);
    }

    private static Stream<DynamicTest> cases(Path folder, boolean negative) {
        return ConformanceSuite.dataFiles(folder).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    List<byte[]> classes = new ArrayList<>();
                    ConformanceResult jit = ConformanceRunner.run(file, negative, code -> compileVerified(code, classes));
                    ConformanceResult interpreted = ConformanceRunner.run(file, negative);

                    assertThat(jit.passed()).as(jit.describe()).isTrue();
                    assertThat(jit.execution()).as("the interpreter's outcome").isEqualTo(interpreted.execution());
                    for (byte[] bytes : classes) {
                        assertThat(JitCompiler.verify(bytes)).isEmpty();
                    }
                }));
    }

    private static CompiledProgram compileVerified(Code code, List<byte[]> classes) {
        CompiledProgram program = JitCompiler.compile(code);
        classes.add(program.classBytes());
        return program;
    }
}
