package dev.ringzero.ebpf.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.AluOp;
import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Disassembler;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.JumpOp;
import dev.ringzero.ebpf.isa.LabelResolver;
import dev.ringzero.ebpf.isa.Operand;
import dev.ringzero.ebpf.isa.Size;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import dev.ringzero.ebpf.vm.Access;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.HelperTable;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.PointerField;
import dev.ringzero.ebpf.vm.ProgramFault;
import dev.ringzero.ebpf.vm.RegionKind;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The differential property: random small XDP programs — biased towards the accesses the verifier
 * must judge (context fields, packet bytes after comparisons with data_end, the stack, pointer
 * arithmetic, bounded loops) — that the verifier accepts never trip the interpreter's sandbox, for
 * packets of every length from 0 to 64 bytes.
 */
class VerifiedProgramsDoNotFaultTest {
    private static final int PROGRAMS = 6000;
    private static final ProgramType XDP = ProgramType.named(Platform.LINUX, "xdp").orElseThrow();
    private static final Size[] SIZES = Size.values();
    private static final AluOp[] ALU = {AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.DIV, AluOp.MOD, AluOp.AND, AluOp.OR,
            AluOp.XOR, AluOp.LSH, AluOp.RSH, AluOp.ARSH, AluOp.MOV};
    private static final JumpOp[] JUMPS = {JumpOp.JEQ, JumpOp.JNE, JumpOp.JGT, JumpOp.JGE, JumpOp.JLT, JumpOp.JLE,
            JumpOp.JSGT, JumpOp.JSLT, JumpOp.JSET};

    @Test
    void acceptedProgramsNeverFaultInTheSandbox() {
        Random random = new Random(20261127);
        int accepted = 0;
        int withPacketAccess = 0;
        for (int i = 0; i < PROGRAMS; i++) {
            Code code = Code.of(randomProgram(random));
            Verdict verdict = Verifier.verify(new VerifierInput(code, XDP, List.of(),
                    VerifierOptions.defaults().withComplexityLimit(20_000)));
            if (!verdict.passed()) {
                continue;
            }
            accepted++;
            if (readsPacket(code)) withPacketAccess++;
            for (int length = 0; length <= 64; length += 7) {
                try {
                    run(code, length);
                } catch (ProgramFault fault) {
                    throw new AssertionError("the verifier accepted a program that faults with a " + length
                            + "-byte packet: " + fault.getMessage() + "\n" + listing(code), fault);
                }
            }
        }
        assertThat(accepted).as("accepted programs (the property must not hold vacuously)").isGreaterThan(200);
        assertThat(withPacketAccess).as("accepted programs reading the packet").isGreaterThan(20);
    }

    private static void run(Code code, int packetLength) {
        Memory memory = new Memory();
        byte[] packet = new byte[packetLength];
        for (int k = 0; k < packetLength; k++) packet[k] = (byte) (k * 37);
        long data = packetLength == 0 ? 0 : memory.map(MemorySegment.ofArray(packet), Access.READ_WRITE, RegionKind.PACKET);
        long base = packetLength == 0 ? memory.map(MemorySegment.ofArray(new byte[1]), Access.READ, RegionKind.PACKET) : data;
        long ctx = memory.mapContext(MemorySegment.ofArray(new byte[24]), Access.READ,
                List.of(PointerField.of(0, 4, base), PointerField.of(4, 4, base + packetLength), PointerField.of(8, 4, base)));
        HelperTable helpers = HelperTable.empty().with(7, (c, a, b, d, e, f) -> 12345);
        new Interpreter(code).run(ExecutionContext.builder(memory).helpers(helpers).budget(1_000_000).build(), ctx);
    }

    private static boolean readsPacket(Code code) {
        return code.instructions().stream().anyMatch(at -> at.instruction() instanceof Instruction.Load l && l.src() == 2);
    }

    private static String listing(Code code) {
        return code.instructions().stream()
                .map(at -> at.pc() + ": " + Disassembler.format(at.instruction(), at.pc(), LabelResolver.none()))
                .collect(Collectors.joining("\n"));
    }

    /** r2 = data, r3 = data_end, r4 = data, r5 = small, then random work on r0-r5 and r10, then r0 = small; exit. */
    private static List<Instruction> randomProgram(Random random) {
        List<Instruction> out = new ArrayList<>();
        out.add(new Instruction.Load(Size.W, false, 2, 1, 0));
        out.add(new Instruction.Load(Size.W, false, 3, 1, 4));
        out.add(new Instruction.Alu(AluOp.MOV, true, 0, Operand.imm(0)));
        out.add(new Instruction.Alu(AluOp.MOV, true, 4, Operand.reg(2)));
        out.add(new Instruction.Alu(AluOp.MOV, true, 5, Operand.imm(random.nextInt(16))));
        int body = 3 + random.nextInt(12);
        List<Integer> toEnd = new ArrayList<>(); // jumps whose target is the final "r0 = 2"
        for (int i = 0; i < body; i++) {
            int here = out.size();
            switch (random.nextInt(11)) {
                case 0, 1 -> out.add(new Instruction.Alu(ALU[random.nextInt(ALU.length)], random.nextInt(4) != 0, number(random),
                        random.nextBoolean() ? Operand.imm(random.nextInt(20) - 4) : Operand.reg(number(random))));
                case 2 -> out.add(new Instruction.Alu(AluOp.ADD, true, random.nextBoolean() ? 2 : 4,
                        random.nextBoolean() ? Operand.imm(random.nextInt(20)) : Operand.reg(number(random))));
                case 3 -> out.add(new Instruction.Alu(AluOp.MOV, true, 4, Operand.reg(random.nextBoolean() ? 2 : 10)));
                case 4 -> out.add(new Instruction.Load(SIZES[random.nextInt(4)], false, number(random), base(random), offset(random)));
                case 5 -> out.add(new Instruction.Store(SIZES[random.nextInt(4)], base(random), offset(random),
                        random.nextBoolean() ? Operand.imm(random.nextInt(100)) : Operand.reg(reg(random))));
                case 6, 7 -> { // a bounds check, then a packet access that may or may not be covered by it
                    out.add(new Instruction.Alu(AluOp.MOV, true, 4, Operand.reg(2)));
                    out.add(new Instruction.Alu(AluOp.ADD, true, 4, Operand.imm(random.nextInt(16))));
                    toEnd.add(out.size());
                    out.add(new Instruction.Jump(random.nextBoolean() ? JumpOp.JGT : JumpOp.JGE, true, 4, Operand.reg(3), 0));
                    out.add(new Instruction.Load(SIZES[random.nextInt(4)], false, number(random), 2, random.nextInt(16) - 1));
                }
                case 8 -> out.add(new Instruction.Jump(JUMPS[random.nextInt(JUMPS.length)], random.nextInt(3) != 0, number(random),
                        random.nextBoolean() ? Operand.imm(random.nextInt(40)) : Operand.reg(number(random)),
                        random.nextInt(4) == 0 ? -1 - random.nextInt(here - 2) : random.nextInt(3)));
                case 9 -> out.add(new Instruction.Call(CallKind.HELPER, 7));
                default -> out.add(new Instruction.Alu(AluOp.AND, true, number(random), Operand.imm(random.nextInt(64))));
            }
        }
        int end = out.size();
        for (int at : toEnd) {
            Instruction.Jump j = (Instruction.Jump) out.get(at);
            out.set(at, new Instruction.Jump(j.op(), true, j.dst(), j.operand(), end - at - 1));
        }
        out.add(new Instruction.Alu(AluOp.MOV, true, 0, Operand.imm(2)));
        out.add(new Instruction.Exit());
        return out;
    }

    private static int reg(Random random) {
        return random.nextInt(6);
    }

    /** A register meant to hold a number: r0 or r5 mostly. */
    private static int number(Random random) {
        return random.nextInt(4) == 0 ? reg(random) : (random.nextBoolean() ? 0 : 5);
    }

    private static int base(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> 2;
            case 1, 2 -> 10;
            case 3 -> 4;
            default -> random.nextInt(6);
        };
    }

    private static int offset(Random random) {
        return random.nextInt(4) == 0 ? -8 * (1 + random.nextInt(64)) : random.nextInt(40) - 4;
    }
}
