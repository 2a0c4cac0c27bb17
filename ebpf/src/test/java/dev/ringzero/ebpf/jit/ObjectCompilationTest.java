package dev.ringzero.ebpf.jit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.BpfObjectLoader;
import dev.ringzero.ebpf.elf.ProgramSection;
import dev.ringzero.ebpf.isa.Code;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every executable section of every clang-built object in {@code examples/} and {@code bench/bpf/}
 * decodes, compiles to a class the JDK verifier accepts, and defines as a hidden class. (Running them
 * needs their maps linked; that is the program loader's job.)
 */
class ObjectCompilationTest {

    @TestFactory
    Stream<DynamicTest> everySectionOfEveryObjectCompilesToAVerifiedClass() throws IOException {
        Path root = projectRoot();
        try (Stream<Path> examples = Files.list(root.resolve("examples"));
             Stream<Path> bench = Files.list(root.resolve("bench/bpf"))) {
            return Stream.concat(examples, bench).filter(f -> f.toString().endsWith(".o")).sorted().toList().stream()
                    .flatMap(ObjectCompilationTest::sections);
        }
    }

    private static Stream<DynamicTest> sections(Path object) {
        BpfObject loaded;
        try {
            loaded = BpfObjectLoader.load(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded.sections().stream().map(section -> DynamicTest.dynamicTest(
                object.getFileName() + " " + section.name(), () -> compiles(section)));
    }

    private static void compiles(ProgramSection section) {
        Code code = Code.decode(section.code());

        CompiledProgram program = JitCompiler.compile(code);

        assertThat(JitCompiler.verify(program.classBytes())).isEmpty();
        assertThat(program.code()).isEqualTo(code);
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.isDirectory(dir.resolve("bench/bpf"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no examples/ and bench/bpf/ above " + Path.of("").toAbsolutePath());
    }
}
