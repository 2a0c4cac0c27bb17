package dev.ringzero.ebpf.jit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.IllegalInstructionException;
import dev.ringzero.ebpf.vm.Access;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.FaultKind;
import dev.ringzero.ebpf.vm.HelperTable;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.PointerField;
import dev.ringzero.ebpf.vm.ProgramEngine;
import dev.ringzero.ebpf.vm.ProgramFault;
import dev.ringzero.ebpf.vm.RegionKind;
import dev.ringzero.ebpf.vm.RunResult;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The interpreter is the JIT's oracle: random programs over every instruction kind (ALU in both widths
 * with every operation, jumps on every condition, loads, stores, atomics, helper and bpf-to-bpf calls,
 * lddw, legacy packet loads) give the same r0 and instruction count, the same memory afterwards, or the
 * same fault at the same pc. The one permitted difference: a run the interpreter stops for its budget
 * is stopped by the JIT at the next backward jump, call or exit, so only "it faulted" is compared then.
 */
class JitDifferentialFuzzTest {

    private static final int PROGRAMS = 6_000;
    private static final int BUDGET = 3_000;
    private static final int[] ALU_OPS = {0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x90, 0xa0, 0xb0, 0xc0};
    private static final int[] JUMP_OPS = {0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0xa0, 0xb0, 0xc0, 0xd0};
    private static final int[] MEMORY_OPCODES = {
            0x61, 0x69, 0x71, 0x79, 0x81, 0x89, 0x91, 0x62, 0x6a, 0x72, 0x7a, 0x63, 0x6b, 0x73, 0x7b, 0xc3, 0xdb};
    private static final int[] ATOMIC_IMMS = {0x00, 0x01, 0x40, 0x41, 0x50, 0x51, 0xa0, 0xa1, 0xe1, 0xf1};
    private static final int[] SPECIAL_IMMS = {0, 1, -1, 7, 31, 32, 63, 64, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xff, 0x1234_5678};

    private static final HelperTable HELPERS = HelperTable.empty()
            .with(1, (ctx, a, b, c, d, e) -> ctx.memory().read(a, (int) (b & 0xff)).length)
            .with(2, (ctx, a, b, c, d, e) -> {
                ctx.memory().write(a, new byte[(int) (b & 0xff)]);
                return 0;
            })
            .with(3, (ctx, a, b, c, d, e) -> a * 31 + b * 7 + c * 5 + d * 3 + e)
            .with(5, (ctx, a, b, c, d, e) -> {
                if (a == 0) {
                    ctx.stopProgram();
                }
                return a;
            });

    /** What a run came to, as compared between engines. */
    sealed interface Outcome {
        record Returned(long r0, long instructions, byte[] input, byte[] stack) implements Outcome {
            @Override
            public boolean equals(Object o) {
                return o instanceof Returned r && r.r0 == r0 && r.instructions == instructions
                        && Arrays.equals(r.input, input) && Arrays.equals(r.stack, stack);
            }

            @Override
            public int hashCode() { return Long.hashCode(r0); }

            @Override
            public String toString() { return "Returned[r0=" + r0 + ", instructions=" + instructions + "]"; }
        }

        record Faulted(FaultKind kind, int pc, String message) implements Outcome {}
    }

    @Test
    void randomProgramsRunAsOnTheInterpreter() {
        Random random = new Random(20261127);
        int compared = 0;
        int returned = 0;
        int faulted = 0;
        int budget = 0;
        for (int i = 0; i < PROGRAMS; i++) {
            Code code = randomProgram(random);
            if (code == null) {
                continue;
            }
            Outcome expected = run(new Interpreter(code));
            Outcome actual = run(JitCompiler.compile(code));
            String program = Arrays.toString(code.encode());
            if (expected instanceof Outcome.Faulted f && f.kind() == FaultKind.BUDGET_EXHAUSTED) {
                assertThat(actual).as(program).isInstanceOf(Outcome.Faulted.class);
                budget++;
            } else {
                assertThat(actual).as(program).isEqualTo(expected);
                if (actual instanceof Outcome.Returned) {
                    returned++;
                } else {
                    faulted++;
                }
            }
            if (actual instanceof Outcome.Faulted f && f.kind() == FaultKind.BUDGET_EXHAUSTED) {
                assertThat(expected).as("the JIT stops for the budget only when the interpreter does: " + program)
                        .isInstanceOfSatisfying(Outcome.Faulted.class,
                                e -> assertThat(e.kind()).isEqualTo(FaultKind.BUDGET_EXHAUSTED));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(PROGRAMS / 2);
        assertThat(returned).as("programs that returned").isGreaterThan(compared / 10);
        assertThat(faulted).as("programs that faulted").isGreaterThan(compared / 10);
        assertThat(budget).as("programs stopped for their budget").isPositive();
    }

    private static Outcome run(ProgramEngine engine) {
        Memory memory = new Memory();
        byte[] packetBytes = new byte[64];
        for (int i = 0; i < packetBytes.length; i++) {
            packetBytes[i] = (byte) (i * 37 + 11);
        }
        memory.map(MemorySegment.ofArray(packetBytes), Access.READ, RegionKind.PACKET);
        byte[] input = new byte[32];
        Arrays.fill(input, (byte) 0x5a);
        long inputAddress = memory.map(MemorySegment.ofArray(input), Access.READ_WRITE, RegionKind.INPUT);
        long ctx = memory.mapContext(MemorySegment.ofArray(new byte[32]), Access.READ_WRITE,
                List.of(PointerField.of(0, 4, memory.packetAddress()), PointerField.of(8, 8, memory.packetAddress() + 64),
                        PointerField.of(16, 8, inputAddress)));
        ExecutionContext context = ExecutionContext.builder(memory).helpers(HELPERS).budget(BUDGET).build();
        try {
            RunResult result = engine.run(context, ctx, inputAddress);
            byte[] stack = memory.read(memory.framePointer(0) - Memory.STACK_FRAME_SIZE, Memory.STACK_FRAME_SIZE);
            return new Outcome.Returned(result.r0(), result.instructions(), input.clone(), stack);
        } catch (ProgramFault fault) {
            return new Outcome.Faulted(fault.kind(), fault.pc(), fault.getMessage());
        }
    }

    private static Code randomProgram(Random random) {
        int slots = 2 + random.nextInt(40);
        byte[] text = new byte[slots * 8];
        for (int pc = 0; pc < slots - 1; pc++) {
            int dst = random.nextInt(8) == 0 ? 10 : random.nextInt(10);
            int src = random.nextInt(10) == 0 ? 10 : random.nextInt(10);
            int imm = random.nextInt(3) == 0 ? random.nextInt()
                    : random.nextInt(2) == 0 ? SPECIAL_IMMS[random.nextInt(SPECIAL_IMMS.length)] : random.nextInt(16) - 4;
            int offset = random.nextInt(slots) - pc - 1;
            int kind = random.nextInt(20);
            if (kind < 8) { // alu
                int op = ALU_OPS[random.nextInt(ALU_OPS.length)];
                boolean reg = random.nextBoolean();
                int cls = random.nextBoolean() ? 0x07 : 0x04;
                int off = 0;
                if ((op == 0x30 || op == 0x90) && random.nextInt(3) == 0) {
                    off = 1; // sdiv, smod
                } else if (op == 0xb0 && reg && random.nextInt(3) == 0) {
                    off = new int[] {8, 16, 32}[random.nextInt(3)]; // movsx
                }
                if (random.nextInt(12) == 0) { // neg
                    write(text, pc, cls | 0x80, dst, 0, 0, 0);
                } else if (random.nextInt(12) == 0) { // le/be/bswap
                    int opcode = new int[] {0xd4, 0xdc, 0xd7}[random.nextInt(3)];
                    write(text, pc, opcode, dst, 0, 0, new int[] {16, 32, 64}[random.nextInt(3)]);
                } else {
                    write(text, pc, cls | op | (reg ? 0x08 : 0), dst, reg ? src : 0, off, reg ? 0 : imm);
                }
            } else if (kind < 12) { // jumps
                if (random.nextInt(6) == 0) {
                    write(text, pc, 0x05, 0, 0, offset, 0);
                } else {
                    boolean reg = random.nextBoolean();
                    int cls = random.nextBoolean() ? 0x05 : 0x06;
                    write(text, pc, cls | JUMP_OPS[random.nextInt(JUMP_OPS.length)] | (reg ? 0x08 : 0),
                            dst, reg ? src : 0, offset, reg ? 0 : imm);
                }
            } else if (kind < 16) { // memory through the context, input, stack pointers
                int opcode = MEMORY_OPCODES[random.nextInt(MEMORY_OPCODES.length)];
                int base = new int[] {1, 2, 10, dst}[random.nextInt(4)];
                int off = base == 10 ? -8 * (1 + random.nextInt(64)) + random.nextInt(8) : random.nextInt(40) - 4;
                int cls = opcode & 0x07;
                if (cls == 0x01) {
                    write(text, pc, opcode, dst, base, off, 0);
                } else if (cls == 0x02) {
                    write(text, pc, opcode, base, 0, off, imm);
                } else {
                    int atomicImm = (opcode & 0xe0) == 0xc0 ? ATOMIC_IMMS[random.nextInt(ATOMIC_IMMS.length)] : 0;
                    write(text, pc, opcode, base, src, off, atomicImm);
                }
            } else if (kind == 16) { // calls
                switch (random.nextInt(4)) {
                    case 0 -> write(text, pc, 0x85, 0, 0, 0, new int[] {1, 2, 3, 5, 9}[random.nextInt(5)]);
                    case 1 -> write(text, pc, 0x85, 0, 1, 0, offset);
                    case 2 -> write(text, pc, 0x8d, dst, 0, 0, 0);
                    default -> write(text, pc, 0x95, 0, 0, 0, 0);
                }
            } else if (kind == 17 && pc + 2 < slots) { // lddw
                int pseudo = random.nextInt(8) == 0 ? 1 + random.nextInt(2) : 0;
                write(text, pc, 0x18, dst, pseudo, 0, pseudo != 0 ? random.nextInt(2) : imm);
                pc++;
                write(text, pc, 0, 0, 0, 0, pseudo != 0 ? 0 : random.nextInt());
            } else if (kind == 18) { // legacy packet loads
                int opcode = new int[] {0x20, 0x28, 0x30, 0x40, 0x48, 0x50}[random.nextInt(6)];
                write(text, pc, opcode, 0, opcode >= 0x40 ? src : 0, 0, random.nextInt(70) - 2);
            } else {
                write(text, pc, 0x95, 0, 0, 0, 0);
            }
        }
        write(text, slots - 1, 0x95, 0, 0, 0, 0);
        try {
            return Code.decode(text);
        } catch (IllegalInstructionException e) {
            return null;
        }
    }

    private static void write(byte[] text, int pc, int opcode, int dst, int src, int offset, int imm) {
        int at = pc * 8;
        text[at] = (byte) opcode;
        text[at + 1] = (byte) (src << 4 | dst);
        text[at + 2] = (byte) offset;
        text[at + 3] = (byte) (offset >> 8);
        text[at + 4] = (byte) imm;
        text[at + 5] = (byte) (imm >> 8);
        text[at + 6] = (byte) (imm >> 16);
        text[at + 7] = (byte) (imm >> 24);
    }
}
