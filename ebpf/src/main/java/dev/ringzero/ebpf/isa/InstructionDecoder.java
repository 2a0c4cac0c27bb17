package dev.ringzero.ebpf.isa;

import static dev.ringzero.ebpf.isa.Instruction.*;

/**
 * Decodes 8-byte slots into {@link Instruction}s, strictly: an unknown opcode or a reserved field that
 * is not zero is an {@link IllegalInstructionException}, as RFC 9669 requires.
 */
public final class InstructionDecoder {

    private static final int SRC_X = 0x08;
    private static final int MODE_IMM = 0x00, MODE_ABS = 0x20, MODE_IND = 0x40, MODE_MEM = 0x60,
            MODE_MEMSX = 0x80, MODE_ATOMIC = 0xc0;
    private static final int OP_CALL = 0x80, OP_EXIT = 0x90, OP_END = 0xd0;

    private InstructionDecoder() {}

    /** Decodes the instruction at slot {@code pc}; an {@code lddw} also consumes slot {@code pc + 1}. */
    public static Instruction decode(byte[] code, int pc) {
        int slots = code.length / RawInstruction.SIZE;
        if (pc < 0 || pc >= slots) {
            throw new IllegalInstructionException(pc, "outside the program (" + slots + " slots)");
        }
        RawInstruction raw = RawInstruction.read(code, pc * RawInstruction.SIZE);
        RawInstruction next = pc + 1 < slots ? RawInstruction.read(code, (pc + 1) * RawInstruction.SIZE) : null;
        return decode(raw, next, pc);
    }

    /** Decodes one instruction; {@code next} is the following slot (needed by {@code lddw}), or null. */
    public static Instruction decode(RawInstruction raw, RawInstruction next, int pc) {
        var d = new Check(raw, pc);
        int opcode = raw.opcode();
        return switch (raw.instructionClass()) {
            case CLASS_ALU, CLASS_ALU64 -> alu(d, raw.instructionClass() == CLASS_ALU64);
            case CLASS_JMP, CLASS_JMP32 -> jump(d, raw.instructionClass() == CLASS_JMP);
            case CLASS_LDX -> {
                int mode = opcode & 0xe0;
                if (mode != MODE_MEM && mode != MODE_MEMSX) {
                    throw d.fail("unknown load mode 0x" + Integer.toHexString(mode));
                }
                Size size = Size.fromEncoding(opcode);
                if (mode == MODE_MEMSX && size == Size.DW) {
                    throw d.fail("sign-extending load of 64 bits");
                }
                d.zero("imm", raw.imm());
                yield new Load(size, mode == MODE_MEMSX, d.reg(raw.dst()), d.reg(raw.src()), raw.offset());
            }
            case CLASS_ST -> {
                if ((opcode & 0xe0) != MODE_MEM) {
                    throw d.fail("unknown store mode");
                }
                d.zero("src", raw.src());
                yield new Store(Size.fromEncoding(opcode), d.reg(raw.dst()), raw.offset(), Operand.imm(raw.imm()));
            }
            case CLASS_STX -> {
                int mode = opcode & 0xe0;
                Size size = Size.fromEncoding(opcode);
                if (mode == MODE_MEM) {
                    d.zero("imm", raw.imm());
                    yield new Store(size, d.reg(raw.dst()), raw.offset(), Operand.reg(d.reg(raw.src())));
                }
                if (mode == MODE_ATOMIC) {
                    if (size != Size.W && size != Size.DW) {
                        throw d.fail("atomic operation on " + size.bytes() + " bytes");
                    }
                    AtomicOp op = AtomicOp.decode(raw.imm());
                    if (op == null) {
                        throw d.fail("unknown atomic operation 0x" + Integer.toHexString(raw.imm()));
                    }
                    yield new Atomic(op, size, d.reg(raw.dst()), d.reg(raw.src()), raw.offset());
                }
                throw d.fail("unknown store mode 0x" + Integer.toHexString(mode));
            }
            default -> load(d, next); // CLASS_LD
        };
    }

    private static Instruction load(Check d, RawInstruction next) {
        RawInstruction raw = d.raw;
        int mode = raw.opcode() & 0xe0;
        Size size = Size.fromEncoding(raw.opcode());
        if (mode == MODE_IMM && size == Size.DW) {
            d.zero("offset", raw.offset());
            ImmKind kind = ImmKind.decode(raw.src());
            if (kind == null) {
                throw d.fail("unknown lddw source " + raw.src());
            }
            if (next == null) {
                throw d.fail("lddw without its second slot");
            }
            if (next.opcode() != 0 || next.dst() != 0 || next.src() != 0 || next.offset() != 0) {
                throw d.fail("lddw second slot must be zero except its imm");
            }
            long value = (raw.imm() & 0xffffffffL) | ((long) next.imm() << 32);
            return new LoadImm64(d.reg(raw.dst()), kind, value);
        }
        if ((mode == MODE_ABS || mode == MODE_IND) && size != Size.DW) {
            d.zero("dst", raw.dst());
            d.zero("offset", raw.offset());
            if (mode == MODE_ABS) {
                d.zero("src", raw.src());
            }
            return new LoadPacket(size, mode == MODE_IND, d.reg(raw.src()), raw.imm());
        }
        throw d.fail("unknown opcode 0x" + Integer.toHexString(raw.opcode()));
    }

    private static Instruction alu(Check d, boolean wide) {
        RawInstruction raw = d.raw;
        int code = raw.opcode() & 0xf0;
        boolean x = (raw.opcode() & SRC_X) != 0;
        int dst = d.reg(raw.dst());
        if (code == OP_END) {
            d.zero("src", raw.src());
            d.zero("offset", raw.offset());
            if (wide && x) {
                throw d.fail("bswap with the source bit set");
            }
            if (raw.imm() != 16 && raw.imm() != 32 && raw.imm() != 64) {
                throw d.fail("byte swap width " + raw.imm());
            }
            ByteOrder order = wide ? ByteOrder.SWAP : x ? ByteOrder.TO_BE : ByteOrder.TO_LE;
            return new Endian(order, raw.imm(), dst);
        }
        if (code == AluOp.NEG.code()) {
            if (x) {
                throw d.fail("neg with the source bit set");
            }
            d.zero("src", raw.src());
            d.zero("offset", raw.offset());
            d.zero("imm", raw.imm());
            return new Alu(AluOp.NEG, wide, dst, Operand.imm(0));
        }
        int offset = raw.offset();
        AluOp op = AluOp.decode(code, offset);
        if (op == null) {
            if (AluOp.decode(code, 0) == null) {
                throw d.fail("unknown ALU operation 0x" + Integer.toHexString(code));
            }
            throw d.fail("offset must be zero, not " + offset);
        }
        boolean movsx = op == AluOp.MOVSX8 || op == AluOp.MOVSX16 || op == AluOp.MOVSX32;
        if (movsx && (!x || (!wide && op == AluOp.MOVSX32))) {
            throw d.fail("invalid sign-extending move");
        }
        if (x) {
            d.zero("imm", raw.imm());
            return new Alu(op, wide, dst, Operand.reg(d.reg(raw.src())));
        }
        d.zero("src", raw.src());
        return new Alu(op, wide, dst, Operand.imm(raw.imm()));
    }

    private static Instruction jump(Check d, boolean wide) {
        RawInstruction raw = d.raw;
        int code = raw.opcode() & 0xf0;
        boolean x = (raw.opcode() & SRC_X) != 0;
        if (code == OP_EXIT) {
            if (!wide || x) {
                throw d.fail("exit must be JMP|K");
            }
            d.zero("dst", raw.dst());
            d.zero("src", raw.src());
            d.zero("offset", raw.offset());
            d.zero("imm", raw.imm());
            return new Exit();
        }
        if (code == OP_CALL) {
            if (!wide) {
                throw d.fail("call must be in the JMP class");
            }
            d.zero("offset", raw.offset());
            if (x) {
                d.zero("src", raw.src());
                d.zero("imm", raw.imm());
                return new CallReg(d.reg(raw.dst()));
            }
            d.zero("dst", raw.dst());
            CallKind kind = CallKind.decode(raw.src());
            if (kind == null) {
                throw d.fail("unknown call kind " + raw.src());
            }
            return new Call(kind, raw.imm());
        }
        JumpOp op = JumpOp.decode(code);
        if (op == null) {
            throw d.fail("unknown jump operation 0x" + Integer.toHexString(code));
        }
        if (op == JumpOp.JA) {
            if (x) {
                throw d.fail("ja with the source bit set");
            }
            d.zero("dst", raw.dst());
            d.zero("src", raw.src());
            if (wide) {
                d.zero("imm", raw.imm());
                return new Jump(JumpOp.JA, true, 0, Operand.imm(0), raw.offset());
            }
            d.zero("offset", raw.offset());
            return new Jump(JumpOp.JA, false, 0, Operand.imm(0), raw.imm());
        }
        int dst = d.reg(raw.dst());
        if (x) {
            d.zero("imm", raw.imm());
            return new Jump(op, wide, dst, Operand.reg(d.reg(raw.src())), raw.offset());
        }
        d.zero("src", raw.src());
        return new Jump(op, wide, dst, Operand.imm(raw.imm()), raw.offset());
    }

    /** Field checks for one slot, producing errors that name the slot. */
    private record Check(RawInstruction raw, int pc) {
        void zero(String field, int value) {
            if (value != 0) {
                throw fail(field + " field must be zero, not " + value);
            }
        }

        int reg(int reg) {
            if (reg >= Registers.COUNT) {
                throw fail("no register r" + reg);
            }
            return reg;
        }

        IllegalInstructionException fail(String reason) {
            return new IllegalInstructionException(pc,
                    String.format("opcode 0x%02x: %s", raw.opcode(), reason));
        }
    }
}
