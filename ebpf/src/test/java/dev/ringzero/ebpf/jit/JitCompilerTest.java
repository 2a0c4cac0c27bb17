package dev.ringzero.ebpf.jit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.ebpf.isa.AluOp;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.ConformanceAssembler;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.Operand;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.FaultKind;
import dev.ringzero.ebpf.vm.HelperTable;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.ProgramEngine;
import dev.ringzero.ebpf.vm.ProgramFault;
import dev.ringzero.ebpf.vm.RunResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compiled programs on small assembled programs: budget, calls, tail calls across engines, limits. */
class JitCompilerTest {

    private final Memory memory = new Memory();

    private static Code assemble(String asm) {
        return ConformanceAssembler.assemble(asm);
    }

    private static CompiledProgram jit(String asm) {
        return JitCompiler.compile(assemble(asm));
    }

    @Test
    void aLoopReturnsItsResultAndTheInterpretersInstructionCount() {
        String asm = """
                mov %r0, 0
                mov %r1, 100
                add %r0, %r1
                sub %r1, 1
                jne %r1, 0, -3
                exit""";

        RunResult jit = jit(asm).run(ExecutionContext.of(memory), 0);
        RunResult interpreted = new Interpreter(assemble(asm)).run(ExecutionContext.of(memory), 0);

        assertThat(jit.r0()).isEqualTo(5050);
        assertThat(jit).isEqualTo(interpreted);
    }

    @Test
    void anEndlessLoopIsStoppedByTheBudget() {
        CompiledProgram program = jit("mov %r0, 0\nadd %r0, 1\nja -2\nexit");
        ExecutionContext ctx = ExecutionContext.builder(memory).budget(10_000).build();

        assertThatThrownBy(() -> program.run(ctx, 0)).isInstanceOfSatisfying(ProgramFault.class, f -> {
            assertThat(f.kind()).isEqualTo(FaultKind.BUDGET_EXHAUSTED);
            assertThat(f.pc()).isEqualTo(2);
        }).hasMessageContaining("budget of 10000");
    }

    @Test
    void endlessRecursionFaultsWithTheCallDepth() {
        CompiledProgram program = jit("self:\ncall local self\nexit");

        assertThatThrownBy(() -> program.run(ExecutionContext.of(memory), 0))
                .isInstanceOfSatisfying(ProgramFault.class, f -> assertThat(f.kind()).isEqualTo(FaultKind.CALL_DEPTH));
    }

    @Test
    void aLocalCallGetsItsOwnFrameAndKeepsTheCallersR6ToR9() {
        String asm = """
                mov %r6, 6
                stxdw [%r10-8], %r6
                call local callee
                ldxdw %r0, [%r10-8]
                add %r0, %r6
                exit
                callee:
                mov %r6, 100
                stxdw [%r10-8], %r6
                exit""";

        RunResult jit = jit(asm).run(ExecutionContext.of(memory), 0);

        assertThat(jit.r0()).isEqualTo(12);
        assertThat(jit).isEqualTo(new Interpreter(assemble(asm)).run(ExecutionContext.of(memory), 0));
    }

    @Test
    void aStoreOutsideTheSandboxFaultsAtItsInstruction() {
        CompiledProgram program = jit("mov %r1, 0x1000\nlsh %r1, 32\nstxdw [%r1], %r1\nexit");

        assertThatThrownBy(() -> program.run(ExecutionContext.of(memory), 0))
                .isInstanceOfSatisfying(ProgramFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(FaultKind.MEMORY_ACCESS);
                    assertThat(f.pc()).isEqualTo(2);
                }).hasMessageContaining("in no memory region");
    }

    @Test
    void aCompiledProgramTailCallsAnInterpretedOneWithTheOriginalR1() {
        Interpreter target = new Interpreter(assemble("mov %r0, %r1\nadd %r0, 1000\nexit"));
        ExecutionContext ctx = tailCalling(target);

        long r0 = jit("mov %r1, 0\ncall 12\nmov %r0, 5\nexit").run(ctx, 7).r0();

        assertThat(r0).isEqualTo(1007);
        assertThat(ctx.tailCalls()).isEqualTo(1);
    }

    @Test
    void anInterpretedProgramTailCallsACompiledOne() {
        CompiledProgram target = jit("mov %r0, %r1\nadd %r0, 2000\nexit");
        ExecutionContext ctx = tailCalling(target);

        long r0 = new Interpreter(assemble("mov %r1, 0\ncall 12\nmov %r0, 5\nexit")).run(ctx, 7).r0();

        assertThat(r0).isEqualTo(2007);
    }

    @Test
    void tailCallsStopAt33AndTheCompiledCallerContinues() {
        ProgramEngine[] self = new ProgramEngine[1];
        ExecutionContext ctx = ExecutionContext.builder(memory)
                .helpers(HelperTable.empty().with(12, (c, a, b, d, e, f) -> c.tailCall(self[0]) ? 0 : -1)).build();
        self[0] = jit("call 12\nexit");

        assertThat(self[0].run(ctx, 0).r0()).isEqualTo(-1);
        assertThat(ctx.tailCalls()).isEqualTo(Interpreter.MAX_TAIL_CALLS);
    }

    @Test
    void theBudgetCountsAcrossTailCalls() {
        CompiledProgram target = jit("mov %r0, 0\nadd %r0, 1\njne %r0, 4, -2\nexit"); // 10 instructions, after the caller's 1
        ExecutionContext ctx = ExecutionContext.builder(memory).budget(10)
                .helpers(HelperTable.empty().with(12, (c, a, b, d, e, f) -> c.tailCall(target) ? 0 : -1)).build();

        assertThatThrownBy(() -> jit("call 12\nexit").run(ctx, 0))
                .isInstanceOfSatisfying(ProgramFault.class, f -> assertThat(f.kind()).isEqualTo(FaultKind.BUDGET_EXHAUSTED));
    }

    @Test
    void anUnknownHelperFaultsAtTheCall() {
        assertThatThrownBy(() -> jit("call 99\nexit").run(ExecutionContext.of(memory), 0))
                .isInstanceOfSatisfying(ProgramFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(FaultKind.UNKNOWN_HELPER);
                    assertThat(f.pc()).isZero();
                });
    }

    @Test
    void aProgramTooLargeForOneJvmMethodIsRefusedWithItsSize() {
        Code huge = straightLine(30_000);

        assertThatThrownBy(() -> JitCompiler.compile(huge))
                .isInstanceOf(JitLimitException.class)
                .hasMessageContaining("30001 slots");
    }

    @Test
    void aProgramTooLargeForTheJitRunsOnTheInterpreter() {
        Code huge = straightLine(30_000);

        ProgramEngine engine = JitCompiler.engineFor(huge);

        assertThat(engine).isInstanceOf(Interpreter.class);
        assertThat(engine.run(ExecutionContext.of(memory), 0).r0()).isEqualTo(30_000);
    }

    @Test
    void engineForCompilesAProgramThatFits() {
        assertThat(JitCompiler.engineFor(straightLine(100))).isInstanceOf(CompiledProgram.class);
    }

    @Test
    void engineForInterpretsAProgramTooLargeForHotSpotToCompile() {
        Code large = straightLine(3_000);

        assertThat(JitCompiler.compile(large).bytecodeSize()).isGreaterThan(JitCompiler.HUGE_METHOD_LIMIT);
        assertThat(JitCompiler.engineFor(large)).isInstanceOf(Interpreter.class);
    }

    @Test
    void everyGeneratedClassPassesTheVerifier() {
        CompiledProgram program = jit("""
                mov %r0, 1
                call local 2
                exit
                exit""");

        assertThat(JitCompiler.verify(program.classBytes())).isEmpty();
    }

    @Test
    void theVerifierRejectsACorruptedClass() {
        byte[] bytes = jit("mov %r0, 1\nexit").classBytes();

        assertThat(JitCompiler.verify(java.util.Arrays.copyOf(bytes, bytes.length - 20))).isNotEmpty();
    }

    @Test
    void aCompiledProgramRunsAgainAndAgainOnOneContext() {
        CompiledProgram program = jit("mov %r0, %r1\nmul %r0, 3\nexit");
        ExecutionContext ctx = ExecutionContext.of(memory);

        for (int i = 0; i < 10_000; i++) {
            assertThat(program.run(ctx, i).r0()).isEqualTo(3L * i);
        }
    }

    @Test
    void oneCompiledProgramRunsOnManyThreadsAtOnce() throws Exception {
        CompiledProgram program = jit("""
                mov %r0, 0
                mov %r2, %r1
                add %r0, %r2
                sub %r2, 1
                jne %r2, 0, -3
                exit""");
        List<java.util.concurrent.Callable<Long>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            long n = 1000 + t;
            runs.add(() -> {
                ExecutionContext ctx = ExecutionContext.of(new Memory());
                long last = 0;
                for (int i = 0; i < 2000; i++) {
                    last = program.run(ctx, n).r0();
                }
                return last;
            });
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var results = pool.invokeAll(runs);
            for (int t = 0; t < 8; t++) {
                long n = 1000 + t;
                assertThat(results.get(t).get()).isEqualTo(n * (n + 1) / 2);
            }
        }
    }

    private ExecutionContext tailCalling(ProgramEngine target) {
        return ExecutionContext.builder(memory)
                .helpers(HelperTable.empty().with(12, (c, a, b, d, e, f) -> c.tailCall(target) ? 0 : -1)).build();
    }

    private static Code straightLine(int adds) {
        List<Instruction> insns = new ArrayList<>(Collections.nCopies(adds,
                new Instruction.Alu(AluOp.ADD, true, 0, Operand.imm(1))));
        insns.add(new Instruction.Exit());
        return Code.of(insns);
    }
}
