package dev.ringzero.cli;

import static dev.ringzero.cli.RzRunner.rz;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code rz objdump} prints exactly what {@code llvm-objdump -d} prints for every example object. */
class ObjdumpCommandTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/objdump");

    @TestFactory
    Stream<DynamicTest> everyExampleObjectDisassemblesExactlyAsLlvmObjdump() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : List.of("../examples", "../examples/linux")) {
            try (Stream<Path> objects = Files.list(Path.of(folder))) {
                objects.filter(p -> p.toString().endsWith(".o")).sorted().forEach(object -> {
                    String name = object.getFileName().toString().replace(".o", "");
                    Path golden = GOLDEN.resolve((folder.endsWith("linux") ? "linux-" : "") + name + ".objdump");
                    tests.add(DynamicTest.dynamicTest(object.toString(), () -> {
                        RzRunner run = rz("objdump", object.toString());
                        assertThat(run.err()).isEmpty();
                        assertThat(run.exitCode()).isZero();
                        assertThat(run.out()).isEqualTo(Files.readString(golden));
                    }));
                });
            }
        }
        assertThat(tests).hasSizeGreaterThan(15);
        return tests.stream();
    }

    @Test
    void sourceLinesFromBtfExtAreInterleavedBeforeTheirInstructions() throws IOException {
        RzRunner run = rz("objdump", "-S", "../examples/trace_connections.o");

        assertThat(run.out()).isEqualTo(Files.readString(GOLDEN.resolve("trace_connections.source.objdump")));
        assertThat(run.out()).contains("; \t\tprocess_info* p = bpf_map_lookup_elem(&proc_map, &pid);\n"
                + "      13:\t18 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00\tr1 = 0 ll");
    }

    @Test
    void aTruncatedObjectIsOneLineOfErrorAndExitCodeTwo(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("../examples/trace_connections.o"));
        Path truncated = dir.resolve("truncated.o");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

        RzRunner run = rz("objdump", truncated.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("rz objdump: " + truncated + ": not a usable BPF object: ")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void aMissingFileIsReportedAsSuch() {
        RzRunner run = rz("objdump", "no-such-file.o");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rz objdump: no-such-file.o: no such file\n");
    }
}
