package dev.ringzero.ebpf.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.elf.BpfObjectLoader;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.program.LinkException;
import dev.ringzero.ebpf.program.ObjectLinker;
import dev.ringzero.ebpf.program.ProgramVerification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The larger corpus in {@code examples/verifier/corpus/}: about 1,200 realistic and adversarial C programs
 * (packet parsing, tracing, maps and functions, hand-made attacks on the rules, wrong helper arguments), each with the verdict
 * Linux 6.18 gave when root loaded it. We must fail every program the kernel rejects. We must pass every
 * program it accepts, except the ones {@code known_false_rejects.txt} lists with the reason (features ringzero
 * does not model yet); that list must stay exact, so a fix that makes one pass also removes it.
 */
class KernelCorpusTest {
    private static final Pattern ENTRY = Pattern.compile(
            "\\{\"object\": \"([^\"]+)\", \"kernel\": \"(pass|fail)\", \"message\": \"((?:[^\"\\\\]|\\\\.)*)\"}");

    record Entry(Path object, boolean kernelPasses, String kernelMessage) {}

    static Path corpus() {
        return KernelInventoryTest.corpus().resolve("corpus");
    }

    static List<Entry> entries() throws IOException {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> areas = Files.list(corpus())) {
            for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
                Matcher m = ENTRY.matcher(Files.readString(area.resolve("inventory.json")));
                while (m.find()) out.add(new Entry(area.resolve(m.group(1)), m.group(2).equals("pass"), m.group(3)));
            }
        }
        return out;
    }

    static Set<String> knownFalseRejects() throws IOException {
        return Files.readAllLines(corpus().resolve("known_false_rejects.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\s+", 2)[0])
                .collect(Collectors.toSet());
    }

    /** Our verdict as {@code rz verify --platform linux} gives it: a program that cannot be loaded fails. */
    static boolean passes(Path object) throws IOException {
        try {
            var elf = BpfObjectLoader.load(object);
            var programs = ObjectLinker.linkPrograms(elf, Platform.LINUX);
            var maps = ProgramVerification.maps(elf, Platform.LINUX);
            return ProgramVerification.verify(programs.getFirst(), maps, VerifierOptions.defaults()).passed();
        } catch (LinkException e) {
            return false;
        }
    }

    @TestFactory
    Stream<DynamicTest> ourVerdictIsTheKernels() throws IOException {
        List<Entry> entries = entries();
        Set<String> known = knownFalseRejects();
        assertThat(entries).hasSizeGreaterThan(1200);
        return entries.stream().map(e -> {
            String name = corpus().relativize(e.object()).toString();
            return DynamicTest.dynamicTest(name + (e.kernelPasses() ? " passes" : " fails"), () -> {
                boolean ours = passes(e.object());
                if (!e.kernelPasses()) {
                    assertThat(ours).as("%s: the kernel rejects it (%s) and so must we", name, e.kernelMessage()).isFalse();
                } else if (known.contains(name)) {
                    assertThat(ours).as("%s now passes: remove it from known_false_rejects.txt", name).isFalse();
                } else {
                    assertThat(ours).as("%s: the kernel accepts it and so must we", name).isTrue();
                }
            });
        });
    }
}
