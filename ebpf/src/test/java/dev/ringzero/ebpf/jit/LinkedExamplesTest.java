package dev.ringzero.ebpf.jit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.elf.BpfObjectLoader;
import dev.ringzero.ebpf.helpers.StandardHelpers;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.program.ContextBuilder;
import dev.ringzero.ebpf.program.ContextInput;
import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.program.LoadedProgram;
import dev.ringzero.ebpf.program.ObjectLinker;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.ProgramEngine;
import dev.ringzero.ebpf.vm.ProgramFault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of every object in {@code examples/}, linked to its maps, runs on the JIT as on the
 * interpreter: five runs in a row on one context (so map state carries over) give the same r0s and
 * instruction counts, or the same fault.
 */
class LinkedExamplesTest {

    private static final int RUNS = 5;

    @TestFactory
    Stream<DynamicTest> everyLinkedExampleProgramRunsAsOnTheInterpreter() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples())) {
            for (Path object : files.filter(f -> f.toString().endsWith(".o")).sorted().toList()) {
                for (LoadedProgram program : link(object).programs()) {
                    tests.add(DynamicTest.dynamicTest(object.getFileName() + " " + program.name(), () -> {
                        List<String> interpreted = runs(object, program.name(), Interpreter::new);
                        List<String> compiled = runs(object, program.name(), JitCompiler::compile);

                        assertThat(compiled).isEqualTo(interpreted);
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** Links {@code object} afresh (new maps) and runs one program {@link #RUNS} times on {@code engine}. */
    private static List<String> runs(Path object, String name, Function<Code, ProgramEngine> engine) throws IOException {
        LoadedObject linked = link(object);
        LoadedProgram program = linked.program(name).orElseThrow();
        Memory memory = new Memory();
        byte[] data = new byte[64];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + 3);
        }
        long context = ContextBuilder.build(memory, program.requireType().context(), ContextInput.ofData(data)).address();
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(StandardHelpers.forPlatform(linked.platform()))
                .maps(linked.bindings()).build();
        ProgramEngine runnable = engine.apply(program.code());
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            try {
                var result = runnable.run(ctx, context);
                outcomes.add("r0=" + result.r0() + " after " + result.instructions());
            } catch (ProgramFault fault) {
                outcomes.add(fault.kind() + ": " + fault.getMessage());
            }
        }
        return outcomes;
    }

    private static LoadedObject link(Path object) throws IOException {
        return ObjectLinker.link(BpfObjectLoader.load(object));
    }

    private static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/include/bpf_helpers.h"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }
}
