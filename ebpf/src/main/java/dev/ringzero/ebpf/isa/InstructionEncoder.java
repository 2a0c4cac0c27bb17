package dev.ringzero.ebpf.isa;

import static dev.ringzero.ebpf.isa.Instruction.*;

import java.util.List;

/** Encodes {@link Instruction}s into their 8-byte slots; the inverse of {@link InstructionDecoder}. */
public final class InstructionEncoder {

    private InstructionEncoder() {}

    /** The slots of one instruction: two for {@code lddw}, one for the others. */
    public static List<RawInstruction> encode(Instruction insn) {
        return switch (insn) {
            case Alu a -> {
                int cls = a.wide() ? CLASS_ALU64 : CLASS_ALU;
                if (a.op() == AluOp.NEG) {
                    yield List.of(new RawInstruction(cls | AluOp.NEG.code(), a.dst(), 0, (short) 0, 0));
                }
                yield List.of(switch (a.operand()) {
                    case Operand.Reg r -> new RawInstruction(cls | 0x08 | a.op().code(), a.dst(), r.reg(),
                            (short) a.op().offset(), 0);
                    case Operand.Imm i -> new RawInstruction(cls | a.op().code(), a.dst(), 0,
                            (short) a.op().offset(), i.value());
                });
            }
            case Endian e -> {
                int opcode = switch (e.order()) {
                    case TO_LE -> CLASS_ALU | 0xd0;
                    case TO_BE -> CLASS_ALU | 0x08 | 0xd0;
                    case SWAP -> CLASS_ALU64 | 0xd0;
                };
                yield List.of(new RawInstruction(opcode, e.dst(), 0, (short) 0, e.bits()));
            }
            case Jump j -> {
                int cls = j.wide() ? CLASS_JMP : CLASS_JMP32;
                if (j.op() == JumpOp.JA) {
                    yield List.of(j.wide()
                            ? new RawInstruction(cls, 0, 0, (short) j.offset(), 0)
                            : new RawInstruction(cls, 0, 0, (short) 0, j.offset()));
                }
                yield List.of(switch (j.operand()) {
                    case Operand.Reg r -> new RawInstruction(cls | 0x08 | j.op().code(), j.dst(), r.reg(),
                            (short) j.offset(), 0);
                    case Operand.Imm i -> new RawInstruction(cls | j.op().code(), j.dst(), 0,
                            (short) j.offset(), i.value());
                });
            }
            case Call c -> List.of(new RawInstruction(CLASS_JMP | 0x80, 0, c.kind().src(), (short) 0, c.imm()));
            case CallReg c -> List.of(new RawInstruction(CLASS_JMP | 0x08 | 0x80, c.reg(), 0, (short) 0, 0));
            case Exit x -> List.of(new RawInstruction(CLASS_JMP | 0x90, 0, 0, (short) 0, 0));
            case Load l -> List.of(new RawInstruction(CLASS_LDX | (l.signExtend() ? 0x80 : 0x60) | l.size().encoding(),
                    l.dst(), l.src(), (short) l.offset(), 0));
            case Store s -> List.of(switch (s.value()) {
                case Operand.Reg r -> new RawInstruction(CLASS_STX | 0x60 | s.size().encoding(), s.dst(), r.reg(),
                        (short) s.offset(), 0);
                case Operand.Imm i -> new RawInstruction(CLASS_ST | 0x60 | s.size().encoding(), s.dst(), 0,
                        (short) s.offset(), i.value());
            });
            case LoadImm64 l -> List.of(
                    new RawInstruction(CLASS_LD | 0x18, l.dst(), l.kind().src(), (short) 0, l.firstImm()),
                    new RawInstruction(0, 0, 0, (short) 0, l.secondImm()));
            case Atomic a -> List.of(new RawInstruction(CLASS_STX | 0xc0 | a.size().encoding(), a.dst(), a.src(),
                    (short) a.offset(), a.op().imm()));
            case LoadPacket p -> List.of(new RawInstruction(CLASS_LD | (p.indirect() ? 0x40 : 0x20) | p.size().encoding(),
                    0, p.src(), (short) 0, p.imm()));
        };
    }
}
