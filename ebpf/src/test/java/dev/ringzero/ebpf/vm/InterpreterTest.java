package dev.ringzero.ebpf.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.ConformanceAssembler;
import dev.ringzero.ebpf.isa.ImmKind;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.Operand;
import dev.ringzero.ebpf.isa.AluOp;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interpreter on small assembled programs: calls, budget, helpers, maps, tail calls, faults. */
class InterpreterTest {

    private final Memory memory = new Memory();

    private static Interpreter program(String asm) {
        return new Interpreter(ConformanceAssembler.assemble(asm));
    }

    private long run(String asm) {
        return program(asm).run(ExecutionContext.of(memory), 0).r0();
    }

    @Test
    void returnsR0AndCountsInstructions() {
        RunResult result = program("""
                mov %r0, 1
                add %r0, 2
                exit
                """).run(ExecutionContext.of(memory), 0);

        assertThat(result).isEqualTo(new RunResult(3, 3));
    }

    @Test
    void theStackIsAddressedThroughR10() {
        assertThat(run("""
                stdw [%r10-8], 0x55
                ldxdw %r0, [%r10-8]
                exit
                """)).isEqualTo(0x55);
    }

    @Test
    void aLocalCallGetsItsOwnFrameAndRestoresR6ToR9AndR10() {
        assertThat(run("""
                mov %r6, 6
                stdw [%r10-8], 1
                mov %r1, %r10
                call local callee
                ldxdw %r2, [%r10-8]
                add %r0, %r2
                add %r0, %r6
                exit
                callee:
                mov %r6, 100
                stdw [%r10-8], 40
                ldxdw %r0, [%r10-8]
                ldxdw %r3, [%r1-8]
                add %r0, %r3
                exit
                """)).isEqualTo(40 + 1 + 1 + 6);
    }

    @Test
    void recursionBeyondEightFramesFaults() {
        Interpreter recursive = program("""
                call local self
                exit
                self:
                call local self
                exit
                """);

        assertThatThrownBy(() -> recursive.run(ExecutionContext.of(memory), 0))
                .isInstanceOf(ProgramFault.class)
                .hasMessage("at instruction 2: call depth exceeds 8 frames")
                .extracting(f -> ((ProgramFault) f).kind()).isEqualTo(FaultKind.CALL_DEPTH);
    }

    @Test
    void eightFramesAreAllowed() {
        StringBuilder asm = new StringBuilder("mov %r0, 0\ncall local f1\nexit\n");
        for (int i = 1; i < 7; i++) {
            asm.append("f").append(i).append(":\nadd %r0, 1\ncall local f").append(i + 1).append("\nexit\n");
        }
        asm.append("f7:\nadd %r0, 1\nexit\n");

        assertThat(run(asm.toString())).isEqualTo(7);
    }

    @Test
    void aRunawayLoopExhaustsTheBudget() {
        Interpreter loop = program("""
                mov %r0, 0
                loop:
                add %r0, 1
                ja loop
                """);
        ExecutionContext ctx = ExecutionContext.builder(memory).budget(1000).build();

        assertThatThrownBy(() -> loop.run(ctx, 0))
                .isInstanceOf(ProgramFault.class)
                .hasMessageContaining("instruction budget of 1000 exhausted")
                .extracting(f -> ((ProgramFault) f).kind()).isEqualTo(FaultKind.BUDGET_EXHAUSTED);
    }

    @Test
    void aProgramWithinItsBudgetRuns() {
        ExecutionContext ctx = ExecutionContext.builder(memory).budget(3).build();

        assertThat(program("mov %r0, 1\nadd %r0, 1\nexit").run(ctx, 0).r0()).isEqualTo(2);
    }

    @Test
    void fallingOffTheEndFaults() {
        assertThatThrownBy(() -> run("mov %r0, 1")).hasMessageContaining("fell off the end of the program");
    }

    @Test
    void aJumpIntoTheMiddleOfAnLddwFaults() {
        assertThatThrownBy(() -> run("ja +1\nlddw %r0, 5\nexit")).hasMessageContaining("middle of an lddw");
    }

    @Test
    void anUnknownHelperFaults() {
        assertThatThrownBy(() -> run("call 99\nexit"))
                .hasMessage("at instruction 0: call of unknown helper 99")
                .extracting(f -> ((ProgramFault) f).kind()).isEqualTo(FaultKind.UNKNOWN_HELPER);
    }

    @Test
    void aHelperReceivesR1ToR5AndReturnsInR0() {
        HelperTable helpers = HelperTable.empty().with(7, (ctx, a, b, c, d, e) -> a + b * 10 + c * 100 + d * 1000 + e * 10000);
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).build();

        long r0 = program("""
                mov %r1, 1
                mov %r2, 2
                mov %r3, 3
                mov %r4, 4
                mov %r5, 5
                call 7
                exit
                """).run(ctx, 0).r0();

        assertThat(r0).isEqualTo(54321);
    }

    @Test
    void callxCallsTheHelperWhoseIdTheRegisterHolds() {
        HelperTable helpers = HelperTable.empty().with(3, (ctx, a, b, c, d, e) -> 33);
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).build();

        assertThat(program("mov %r2, 3\ncall %r2\nexit").run(ctx, 0).r0()).isEqualTo(33);
    }

    @Test
    void aHelperReadsProgramMemoryThroughCheckedSlices() {
        HelperTable helpers = HelperTable.empty().with(1, (ctx, ptr, len, c, d, e) ->
                ctx.memory().read(ptr, (int) len)[0]);
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).build();

        assertThat(program("""
                stb [%r10-1], 77
                mov %r1, %r10
                add %r1, -1
                mov %r2, 1
                call 1
                exit
                """).run(ctx, 0).r0()).isEqualTo(77);
        assertThatThrownBy(() -> program("mov %r1, %r10\nmov %r2, 1\ncall 1\nexit").run(ctx, 0))
                .hasMessageStartingWith("at instruction 2: read of 1 byte at stack+0");
    }

    @Test
    void aHelperExceptionBecomesAHelperFailure() {
        HelperTable helpers = HelperTable.empty().with(1, (ctx, a, b, c, d, e) -> {
            throw new IllegalStateException("map is gone");
        });
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).build();

        assertThatThrownBy(() -> program("call 1\nexit").run(ctx, 0))
                .hasMessageContaining("helper 1 failed")
                .extracting(f -> ((ProgramFault) f).kind()).isEqualTo(FaultKind.HELPER_FAILURE);
    }

    @Test
    void aHelperCanEndTheProgram() {
        HelperTable helpers = HelperTable.empty().with(1, (ctx, a, b, c, d, e) -> {
            ctx.stopProgram();
            return 9;
        });
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).build();

        assertThat(program("call 1\nmov %r0, 1\nexit").run(ctx, 0).r0()).isEqualTo(9);
    }

    @Test
    void aMapPointerResolvesBackToItsMap() {
        Object map = new Object();
        List<Object> seen = new ArrayList<>();
        HelperTable helpers = HelperTable.empty().with(1, (ctx, mapPointer, b, c, d, e) -> {
            seen.add(ctx.mapAt(mapPointer));
            return 0;
        });
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers)
                .maps(MapBindings.of(List.of("other", map))).build();
        Code code = Code.of(List.of(
                new Instruction.LoadImm64(1, ImmKind.MAP_FD, 1),
                new Instruction.Call(dev.ringzero.ebpf.isa.CallKind.HELPER, 1),
                new Instruction.Exit()));

        new Interpreter(code).run(ctx, 0);

        assertThat(seen).containsExactly(map);
    }

    @Test
    void aMapPointerIsNotMemory() {
        ExecutionContext ctx = ExecutionContext.builder(memory).maps(MapBindings.of(List.of("map"))).build();
        Code code = Code.of(List.of(
                new Instruction.LoadImm64(1, ImmKind.MAP_FD, 0),
                new Instruction.Load(dev.ringzero.ebpf.isa.Size.DW, false, 0, 1, 0),
                new Instruction.Exit()));

        assertThatThrownBy(() -> new Interpreter(code).run(ctx, 0)).hasMessageContaining("in no memory region");
    }

    @Test
    void anLddwMapValueAddressesTheGlobalData() {
        byte[] data = new byte[16];
        data[4] = 42;
        MapBindings maps = MapBindings.of(List.of("data")).withValueRegion(0, MemorySegment.ofArray(data), Access.READ_WRITE);
        ExecutionContext ctx = ExecutionContext.builder(memory).maps(maps).build();
        Code code = Code.of(List.of(
                new Instruction.LoadImm64(1, ImmKind.MAP_VALUE, 4L << 32),
                new Instruction.Load(dev.ringzero.ebpf.isa.Size.B, false, 0, 1, 0),
                new Instruction.Store(dev.ringzero.ebpf.isa.Size.B, 1, 1, Operand.imm(7)),
                new Instruction.Exit()));

        assertThat(new Interpreter(code).run(ctx, 0).r0()).isEqualTo(42);
        assertThat(data[5]).isEqualTo((byte) 7);
    }

    @Test
    void aTailCallReplacesTheProgramAndKeepsR1() {
        Interpreter target = program("mov %r0, %r1\nadd %r0, 1000\nexit");
        HelperTable helpers = HelperTable.empty().with(12, (ctx, a, b, c, d, e) -> ctx.tailCall(target) ? 0 : -1);
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).build();

        long r0 = program("mov %r1, 0\ncall 12\nmov %r0, 5\nexit").run(ctx, 7).r0();

        assertThat(r0).isEqualTo(1007);
        assertThat(ctx.tailCalls()).isEqualTo(1);
    }

    @Test
    void tailCallsStopAt33AndTheCallerContinues() {
        Interpreter[] self = new Interpreter[1];
        HelperTable helpers = HelperTable.empty().with(12, (ctx, a, b, c, d, e) -> ctx.tailCall(self[0]) ? 0 : -1);
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).build();
        self[0] = program("call 12\nexit");

        long r0 = self[0].run(ctx, 0).r0();

        assertThat(r0).isEqualTo(-1);
        assertThat(ctx.tailCalls()).isEqualTo(Interpreter.MAX_TAIL_CALLS);
    }

    @Test
    void theTailCallCountStartsAgainWithEachRun() {
        Interpreter target = program("mov %r0, 1\nexit");
        HelperTable helpers = HelperTable.empty().with(12, (ctx, a, b, c, d, e) -> ctx.tailCall(target) ? 0 : -1);
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).build();
        Interpreter caller = program("call 12\nexit");

        for (int i = 0; i < 40; i++) {
            assertThat(caller.run(ctx, 0).r0()).isEqualTo(1);
        }
    }

    @Test
    void helpersSeeTheRunsProcessAndTraceSink() {
        List<String> lines = new ArrayList<>();
        HelperTable helpers = HelperTable.of(Map.of(
                14, (ctx, a, b, c, d, e) -> ctx.process().pidTgid(),
                6, (ctx, a, b, c, d, e) -> {
                    ctx.trace("comm=" + ctx.process().comm());
                    return 0;
                }));
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).trace(lines::add)
                .process(new ProcessAttributes(12, 34, "nginx")).build();

        long r0 = program("call 6\ncall 14\nexit").run(ctx, 0).r0();

        assertThat(r0).isEqualTo(34L << 32 | 12);
        assertThat(lines).containsExactly("comm=nginx");
    }

    @Test
    void legacyPacketLoadsReadNetworkByteOrder() {
        long packet = memory.map(MemorySegment.ofArray(new byte[] {0x08, 0x00, 0x45, 0x10, 1, 2}), Access.READ, RegionKind.PACKET);

        Interpreter abs = program("ldabsh 0\nexit");
        Interpreter ind = program("mov %r1, 2\nldindw %r1, 0\nexit");

        assertThat(abs.run(ExecutionContext.of(memory), packet).r0()).isEqualTo(0x0800);
        assertThat(ind.run(ExecutionContext.of(memory), packet).r0()).isEqualTo(0x4510_0102L);
    }

    @Test
    void aLegacyPacketLoadOutOfBoundsEndsTheProgramWithZero() {
        memory.map(MemorySegment.ofArray(new byte[4]), Access.READ, RegionKind.PACKET);

        RunResult result = program("mov %r0, 9\nldabsw 2\nmov %r0, 9\nexit").run(ExecutionContext.of(memory), 0);

        assertThat(result.r0()).isZero();
        assertThat(result.instructions()).isEqualTo(2);
    }

    @Test
    void aMemoryFaultNamesTheInstruction() {
        assertThatThrownBy(() -> run("mov %r0, 0\nldxw %r0, [%r10-600]\nexit"))
                .hasMessage("at instruction 1: read of 4 bytes at stack-600 is outside the 512-byte stack frame")
                .extracting(f -> ((ProgramFault) f).pc()).isEqualTo(1);
    }

    @Test
    void atomicFetchOpsReturnTheOldValueInTheSourceRegister() {
        assertThat(run("""
                stdw [%r10-8], 10
                mov %r1, 5
                lock fetch add [%r10-8], %r1
                ldxdw %r0, [%r10-8]
                mul %r0, 100
                add %r0, %r1
                exit
                """)).isEqualTo(1510);
    }

    @Test
    void the32BitAluZeroExtendsItsResult() {
        Code code = Code.of(List.of(
                new Instruction.LoadImm64(0, ImmKind.IMM64, -1L),
                new Instruction.Alu(AluOp.ADD, false, 0, Operand.imm(1)),
                new Instruction.Exit()));

        assertThat(new Interpreter(code).run(ExecutionContext.of(memory), 0).r0()).isZero();
    }

    @Test
    void aContextRunIsRepeatable() {
        Interpreter counter = program("ldxdw %r0, [%r10-8]\nadd %r0, 1\nstxdw [%r10-8], %r0\nexit");
        ExecutionContext ctx = ExecutionContext.of(memory);

        counter.run(ctx, 0);

        assertThat(counter.run(ctx, 0).instructions()).isEqualTo(4);
    }

    @Test
    void aValueThatIsNoMapPointerFaultsInTheHelperThatResolvesIt() {
        HelperTable helpers = HelperTable.empty().with(1, (ctx, mapPointer, b, c, d, e) -> {
            ctx.mapAt(mapPointer);
            return 0;
        });
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).maps(MapBindings.of(List.of("m"))).build();

        assertThatThrownBy(() -> program("mov %r1, 0\ncall 1\nexit").run(ctx, 0))
                .hasMessage("at instruction 1: 0x0 is not a map pointer of this program")
                .extracting(f -> ((ProgramFault) f).kind()).isEqualTo(FaultKind.UNKNOWN_MAP);
    }

    @Test
    void aTailCallFromABpfToBpfFunctionFaults() {
        Interpreter target = program("mov %r0, 1\nexit");
        HelperTable helpers = HelperTable.empty().with(12, (ctx, a, b, c, d, e) -> ctx.tailCall(target) ? 0 : -1);
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(helpers).build();

        assertThatThrownBy(() -> program("call local f\nexit\nf:\ncall 12\nexit").run(ctx, 0))
                .hasMessageContaining("tail call from a bpf-to-bpf function");
    }
}
