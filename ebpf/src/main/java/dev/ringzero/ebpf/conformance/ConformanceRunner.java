package dev.ringzero.ebpf.conformance;

import dev.ringzero.ebpf.isa.AssemblerException;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.ConformanceAssembler;
import dev.ringzero.ebpf.isa.IllegalInstructionException;
import dev.ringzero.ebpf.vm.Access;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.HelperTable;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.ProgramEngine;
import dev.ringzero.ebpf.vm.ProgramFault;
import dev.ringzero.ebpf.vm.RegionKind;
import dev.ringzero.ebpf.vm.RunResult;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs conformance cases on the interpreter (or another {@link ProgramEngine}) the way bpf_conformance's plugins do: r1 = address of the
 * test memory (0 when there is none), r2 = its length, and helper 5 is ubpf's {@code unwind}, which
 * returns its argument and, when that is 0, ends the program with r0 = 0.
 */
public final class ConformanceRunner {

    /** Helper id of ubpf's unwind helper, which the conformance tests call. */
    public static final int UNWIND_HELPER = 5;

    /** The helpers conformance programs may call. */
    public static final HelperTable HELPERS = HelperTable.of(Map.of(UNWIND_HELPER, (ctx, r1, r2, r3, r4, r5) -> {
        if (r1 == 0) {
            ctx.stopProgram();
        }
        return r1;
    }));

    private static final int ENTRY_REGISTERS = 1 << 1 | 1 << 2;

    private ConformanceRunner() {}

    /** Reads and runs one file; {@code negative} inverts the verdict as for the {@code negative/} folder. */
    public static ConformanceResult run(Path file, boolean negative) {
        return run(file, negative, Interpreter::new);
    }

    /** As {@link #run(Path, boolean)}, on the engine {@code engine} makes of the program (e.g. the JIT). */
    public static ConformanceResult run(Path file, boolean negative, Function<Code, ? extends ProgramEngine> engine) {
        String name = file.getFileName().toString();
        ConformanceCase testCase;
        try {
            testCase = ConformanceCaseReader.read(file);
        } catch (ConformanceFormatException e) {
            return verdict(name, negative, new Execution.Rejected("reader", e.getMessage()), null);
        }
        return run(testCase, negative, engine);
    }

    public static ConformanceResult run(ConformanceCase testCase, boolean negative) {
        return run(testCase, negative, Interpreter::new);
    }

    public static ConformanceResult run(ConformanceCase testCase, boolean negative,
                                        Function<Code, ? extends ProgramEngine> engine) {
        return verdict(testCase.name(), negative, execute(testCase, engine), testCase);
    }

    /** Assembles or decodes, checks and runs the program of {@code testCase} on the interpreter. */
    public static Execution execute(ConformanceCase testCase) {
        return execute(testCase, Interpreter::new);
    }

    /** Assembles or decodes, checks and runs the program of {@code testCase} on {@code engine}'s engine. */
    public static Execution execute(ConformanceCase testCase, Function<Code, ? extends ProgramEngine> engine) {
        if (!testCase.hasProgram()) {
            return new Execution.Rejected("reader", "the file has no program");
        }
        if (testCase.result().isEmpty() && !testCase.expectsError()) {
            return new Execution.Rejected("reader", "the file states neither a result nor an error");
        }
        Code code;
        try {
            code = testCase.raw().isPresent()
                    ? Code.decode(testCase.raw().get())
                    : ConformanceAssembler.assemble(testCase.asm().get());
        } catch (AssemblerException e) {
            return new Execution.Rejected("assembler", "line " + (testCase.asmFirstLine() + e.line() - 1)
                    + ": " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        } catch (IllegalInstructionException e) {
            return new Execution.Rejected("decoder", e.getMessage());
        }
        List<StructuralCheck.Problem> problems = StructuralCheck.check(code, HELPERS::contains, ENTRY_REGISTERS);
        if (!problems.isEmpty()) {
            return new Execution.Rejected("structural check",
                    problems.stream().map(StructuralCheck.Problem::toString).collect(Collectors.joining("; ")));
        }
        try (Arena arena = Arena.ofConfined()) {
            Memory memory = new Memory();
            byte[] bytes = testCase.memory();
            long address = 0;
            if (bytes.length > 0) {
                MemorySegment input = arena.allocate(bytes.length);
                input.copyFrom(MemorySegment.ofArray(bytes));
                address = memory.map(input, Access.READ_WRITE, RegionKind.INPUT);
            }
            ExecutionContext ctx = ExecutionContext.builder(memory).helpers(HELPERS).build();
            RunResult result = engine.apply(code).run(ctx, address, bytes.length);
            return new Execution.Returned(result.r0(), result.instructions());
        } catch (ProgramFault fault) {
            return new Execution.Faulted(fault.getMessage());
        }
    }

    private static ConformanceResult verdict(String name, boolean negative, Execution execution, ConformanceCase c) {
        var expected = c == null ? OptionalLong.empty() : c.result();
        // A file the reader could not read (c == null) states nothing: it passes only as a negative test.
        boolean expectsError = c != null && c.expectsError();
        boolean matches = execution instanceof Execution.Returned r && !expectsError
                && expected.isPresent() && expected.getAsLong() == r.r0();
        boolean failedAsStated = expectsError && !(execution instanceof Execution.Returned);
        boolean positivePass = matches || failedAsStated;
        return new ConformanceResult(name, negative, execution, expected, negative ? !matches : positivePass);
    }
}
