package dev.ringzero.ebpf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Instruction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The platform tables against the real clang-built objects in {@code examples/}. */
class ExampleObjectsTest {

    @Test
    void everyWindowsExampleProgramSectionSelectsAWindowsProgramType() throws IOException {
        assertEveryProgramSectionResolves(Platform.WINDOWS, objects(Examples.root()));
    }

    @Test
    void everyLinuxExampleProgramSectionSelectsALinuxProgramType() throws IOException {
        assertEveryProgramSectionResolves(Platform.LINUX, objects(Examples.file("linux")));
    }

    @Test
    void everyHelperAWindowsExampleCallsIsAllowedForItsProgramType() throws IOException {
        assertEveryHelperCallIsAllowed(Platform.WINDOWS, objects(Examples.root()));
    }

    @Test
    void everyHelperALinuxExampleCallsIsAllowedForItsProgramType() throws IOException {
        assertEveryHelperCallIsAllowed(Platform.LINUX, objects(Examples.file("linux")));
    }

    @Test
    void theArticlesMemcpyCompilesToTheBoundedCopyHelper() throws IOException {
        byte[] bind = ElfProgramSections.read(Examples.file("trace_connections.o")).get("bind");

        assertThat(helperCalls(bind)).containsExactly(
                HelperFunction.MAP_LOOKUP_ELEM, HelperFunction.MEMCPY_S, HelperFunction.MAP_UPDATE_ELEM);
    }

    @Test
    void theKernelLoadsEachLinuxExampleAsTheProgramTypeItsSectionSelects() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/bpftool")), "bpftool is not installed");
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/sys/fs/bpf")), "no bpffs");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "loading programs needs root");

        for (Path object : objects(Examples.file("linux"))) {
            Path pin = Path.of("/sys/fs/bpf/rz_platform_test_" + ProcessHandle.current().pid());
            try {
                run("bpftool", "prog", "loadall", object.toString(), pin.toString());
                Set<String> expected = ElfProgramSections.read(object).keySet().stream()
                        .map(section -> ProgramType.forSection(Platform.LINUX, section).orElseThrow().name())
                        .collect(Collectors.toSet());
                Set<String> loaded = new HashSet<>();
                try (Stream<Path> programs = Files.list(pin)) {
                    for (Path program : programs.toList()) {
                        loaded.add(run("bpftool", "prog", "show", "pinned", program.toString()).split("\\s+")[1]);
                    }
                }
                assertThat(loaded).as(object.toString()).isEqualTo(expected);
            } finally {
                run("rm", "-rf", pin.toString());
            }
        }
    }

    private static void assertEveryProgramSectionResolves(Platform platform, List<Path> objects) throws IOException {
        assertThat(objects).isNotEmpty();
        for (Path object : objects) {
            var sections = ElfProgramSections.read(object).keySet();
            assertThat(sections).as(object.toString()).isNotEmpty();
            for (String section : sections) {
                assertThat(ProgramType.forSection(platform, section)).as(object + " section " + section).isPresent();
            }
        }
    }

    private static void assertEveryHelperCallIsAllowed(Platform platform, List<Path> objects) throws IOException {
        for (Path object : objects) {
            for (var section : ElfProgramSections.read(object).entrySet()) {
                ProgramType type = ProgramType.forSection(platform, section.getKey()).orElseThrow();
                for (int id : helperIds(section.getValue())) {
                    HelperFunction helper = platform.helpers().require(id).function();
                    assertThat(type.allows(helper)).as(object + " " + section.getKey() + " calls " + helper).isTrue();
                }
            }
        }
    }

    private static List<HelperFunction> helperCalls(byte[] text) {
        return helperIds(text).stream().map(id -> HelperTable.of(Platform.WINDOWS).require(id).function()).toList();
    }

    private static List<Integer> helperIds(byte[] text) {
        return Code.decode(text).instructions().stream()
                .map(Code.At::instruction)
                .filter(instruction -> instruction instanceof Instruction.Call call && call.kind() == CallKind.HELPER)
                .map(instruction -> ((Instruction.Call) instruction).imm())
                .toList();
    }

    private static List<Path> objects(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".o")).sorted().toList();
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
