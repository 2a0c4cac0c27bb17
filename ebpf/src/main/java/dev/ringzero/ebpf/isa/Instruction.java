package dev.ringzero.ebpf.isa;

/**
 * One decoded eBPF instruction (RFC 9669). A closed set of records, one per kind; the decoder,
 * encoder, disassembler, assembler and interpreter all work on this model.
 */
public sealed interface Instruction
        permits Instruction.Alu, Instruction.Endian, Instruction.Jump, Instruction.Call, Instruction.CallReg,
                Instruction.Exit, Instruction.Load, Instruction.Store, Instruction.LoadImm64,
                Instruction.Atomic, Instruction.LoadPacket {

    /** Number of 8-byte slots the instruction occupies: 2 for {@code lddw}, 1 for all others. */
    default int slots() { return 1; }

    /** Opcode class bits. */
    int CLASS_LD = 0x00, CLASS_LDX = 0x01, CLASS_ST = 0x02, CLASS_STX = 0x03,
        CLASS_ALU = 0x04, CLASS_JMP = 0x05, CLASS_JMP32 = 0x06, CLASS_ALU64 = 0x07;

    /** {@code dst op= operand}; {@code wide} selects ALU64 (64-bit) over ALU (32-bit, zero-extending). */
    record Alu(AluOp op, boolean wide, int dst, Operand operand) implements Instruction {
        public Alu {
            Registers.check(dst);
        }
    }

    /** {@code dst = le16/be32/bswap64 dst}: {@code bits} is 16, 32 or 64. */
    record Endian(ByteOrder order, int bits, int dst) implements Instruction {
        public Endian {
            Registers.check(dst);
            if (bits != 16 && bits != 32 && bits != 64) {
                throw new IllegalArgumentException("byte swap width must be 16, 32 or 64, not " + bits);
            }
        }
    }

    /**
     * A jump: {@code op == JA} is unconditional. {@code wide} selects the JMP class (64-bit compare)
     * over JMP32; for JA, JMP32 is {@code gotol} whose target offset is 32-bit (carried in imm).
     * {@code offset} is relative to the next instruction, in slots.
     */
    record Jump(JumpOp op, boolean wide, int dst, Operand operand, int offset) implements Instruction {
        public Jump {
            Registers.check(dst);
        }

        public boolean isUnconditional() { return op == JumpOp.JA; }
    }

    /** Call of a helper (by id), a local function (pc-relative imm) or a kfunc (BTF id). */
    record Call(CallKind kind, int imm) implements Instruction {}

    /** {@code callx reg}: call of the helper whose id the register holds. */
    record CallReg(int reg) implements Instruction {
        public CallReg {
            Registers.check(reg);
        }
    }

    record Exit() implements Instruction {}

    /** {@code dst = *(size *)(src + offset)}; {@code signExtend} for the MEMSX mode. */
    record Load(Size size, boolean signExtend, int dst, int src, int offset) implements Instruction {
        public Load {
            Registers.check(dst);
            Registers.check(src);
        }
    }

    /** {@code *(size *)(dst + offset) = value}: an immediate (ST) or a register (STX). */
    record Store(Size size, int dst, int offset, Operand value) implements Instruction {
        public Store {
            Registers.check(dst);
        }
    }

    /**
     * {@code lddw dst, value}. For the pseudo forms, the low 32 bits are the first slot's imm (a map
     * fd or index) and the high 32 bits the second slot's imm (a value offset for MAP_VALUE).
     */
    record LoadImm64(int dst, ImmKind kind, long value) implements Instruction {
        public LoadImm64 {
            Registers.check(dst);
        }

        @Override
        public int slots() { return 2; }

        public int firstImm() { return (int) value; }

        public int secondImm() { return (int) (value >>> 32); }
    }

    /** Atomic read-modify-write of {@code *(size *)(dst + offset)} with register {@code src}; size is W or DW. */
    record Atomic(AtomicOp op, Size size, int dst, int src, int offset) implements Instruction {
        public Atomic {
            Registers.check(dst);
            Registers.check(src);
            if (size != Size.W && size != Size.DW) {
                throw new IllegalArgumentException("atomic operations are 32 or 64 bit");
            }
        }
    }

    /**
     * Legacy packet access of socket filters ({@code LD|ABS} and {@code LD|IND}): r0 = packet bytes at
     * {@code imm} (plus {@code src} when indirect), converted from network byte order.
     */
    record LoadPacket(Size size, boolean indirect, int src, int imm) implements Instruction {
        public LoadPacket {
            Registers.check(src);
        }
    }
}
