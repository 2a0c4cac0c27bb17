package dev.ringzero.ebpf.vm;

import dev.ringzero.ebpf.isa.AluOp;
import dev.ringzero.ebpf.isa.AtomicOp;
import dev.ringzero.ebpf.isa.ByteOrder;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.JumpOp;
import dev.ringzero.ebpf.isa.Operand;

/**
 * A {@link Code} pre-translated for the interpreter: per slot, one packed word
 * ({@code op | dst << 8 | src << 12}), an auxiliary int (a jump or call target pc, an access size, a
 * memory offset) and a 64-bit immediate. Operation numbers are dense so the interpreter's switch
 * compiles to a table.
 */
final class Translation {

    // ALU: 4 variants per operation, in this order
    static final int V64_IMM = 0, V64_REG = 1, V32_IMM = 2, V32_REG = 3;
    static final int ADD = 0, SUB = 4, MUL = 8, DIV = 12, SDIV = 16, OR = 20, AND = 24, LSH = 28, RSH = 32,
            MOD = 36, SMOD = 40, XOR = 44, MOV = 48, ARSH = 52;
    static final int NEG64 = 56, NEG32 = 57, MOVSX64 = 58, MOVSX32 = 59, TO_LE = 60, BSWAP = 61;
    // jumps: 4 variants per condition
    static final int JA = 62, JEQ = 63, JGT = 67, JGE = 71, JSET = 75, JNE = 79, JSGT = 83, JSGE = 87,
            JLT = 91, JLE = 95, JSLT = 99, JSLE = 103;
    static final int LDX = 107, LDXSX = 108, ST = 109, STX = 110, ATOMIC = 111;
    static final int LDDW = 112, LDDW_MAP = 113, LDDW_MAP_VALUE = 114;
    static final int CALL_HELPER = 115, CALL_LOCAL = 116, CALLX = 117, EXIT = 118;
    static final int LD_ABS = 119, LD_IND = 120, TRAP = 121;

    final int[] words;
    final int[] aux;
    final long[] imms;
    /** For TRAP slots: why the slot cannot run. */
    final String[] traps;
    /** For ATOMIC slots: the operation. */
    final AtomicOp[] atomics;

    private Translation(int length) {
        words = new int[length];
        aux = new int[length];
        imms = new long[length];
        traps = new String[length];
        atomics = new dev.ringzero.ebpf.isa.AtomicOp[length];
    }

    static Translation of(Code code) {
        // one extra slot past the end, so running off the end needs no check of its own
        Translation t = new Translation(code.length() + 1);
        t.trap(code.length(), "fell off the end of the program");
        for (int pc = 0; pc < code.length(); pc++) {
            Instruction insn = code.at(pc);
            if (insn == null) {
                t.trap(pc, "jump into the middle of an lddw");
            } else {
                t.translate(pc, insn, code.length());
            }
        }
        return t;
    }

    private void set(int pc, int op, int dst, int src, int aux, long imm) {
        words[pc] = op | dst << 8 | src << 12;
        this.aux[pc] = aux;
        imms[pc] = imm;
    }

    private void trap(int pc, String reason) {
        set(pc, TRAP, 0, 0, 0, 0);
        traps[pc] = reason;
    }

    private void translate(int pc, Instruction insn, int length) {
        switch (insn) {
            case Instruction.Alu a -> alu(pc, a);
            case Instruction.Endian e -> set(pc, e.order() == ByteOrder.TO_LE ? TO_LE : BSWAP, e.dst(), 0, e.bits(), 0);
            case Instruction.Jump j -> jump(pc, j, length);
            case Instruction.Call c -> {
                switch (c.kind()) {
                    case HELPER -> set(pc, CALL_HELPER, 0, 0, 0, c.imm());
                    case LOCAL -> {
                        int target = pc + c.imm() + 1;
                        if (target < 0 || target >= length) {
                            trap(pc, "call of pc " + target + ", outside the program");
                        } else {
                            set(pc, CALL_LOCAL, 0, 0, target, 0);
                        }
                    }
                    case KFUNC -> trap(pc, "kfunc calls are not supported");
                }
            }
            case Instruction.CallReg c -> set(pc, CALLX, c.reg(), 0, 0, 0);
            case Instruction.Exit x -> set(pc, EXIT, 0, 0, 0, 0);
            case Instruction.Load l -> set(pc, l.signExtend() ? LDXSX : LDX, l.dst(), l.src(), l.size().bytes(), l.offset());
            case Instruction.Store s -> {
                switch (s.value()) {
                    case Operand.Reg r -> set(pc, STX, s.dst(), r.reg(), s.size().bytes(), s.offset());
                    case Operand.Imm i -> {
                        // imm holds the offset in its low half and the stored value in its high half
                        set(pc, ST, s.dst(), 0, s.size().bytes(), (long) i.value() << 32 | (s.offset() & 0xffff_ffffL));
                    }
                }
            }
            case Instruction.Atomic a -> {
                set(pc, ATOMIC, a.dst(), a.src(), a.size().bytes(), a.offset());
                atomics[pc] = a.op();
            }
            case Instruction.LoadImm64 l -> {
                switch (l.kind()) {
                    case IMM64 -> set(pc, LDDW, l.dst(), 0, 0, l.value());
                    case MAP_FD, MAP_IDX -> set(pc, LDDW_MAP, l.dst(), 0, l.firstImm(), 0);
                    case MAP_VALUE, MAP_IDX_VALUE -> set(pc, LDDW_MAP_VALUE, l.dst(), 0, l.firstImm(), l.secondImm());
                    default -> trap(pc, "lddw of kind " + l.kind() + " is not supported");
                }
            }
            case Instruction.LoadPacket p -> set(pc, p.indirect() ? LD_IND : LD_ABS, 0, p.src(), p.size().bytes(), p.imm());
        }
    }

    private void alu(int pc, Instruction.Alu a) {
        boolean reg = a.operand() instanceof Operand.Reg;
        int src = reg ? ((Operand.Reg) a.operand()).reg() : 0;
        long imm = reg ? 0 : ((Operand.Imm) a.operand()).value();
        int variant = a.wide() ? (reg ? V64_REG : V64_IMM) : (reg ? V32_REG : V32_IMM);
        int base = switch (a.op()) {
            case ADD -> ADD;
            case SUB -> SUB;
            case MUL -> MUL;
            case DIV -> DIV;
            case SDIV -> SDIV;
            case OR -> OR;
            case AND -> AND;
            case LSH -> LSH;
            case RSH -> RSH;
            case MOD -> MOD;
            case SMOD -> SMOD;
            case XOR -> XOR;
            case MOV -> MOV;
            case ARSH -> ARSH;
            case NEG, MOVSX8, MOVSX16, MOVSX32 -> -1;
        };
        if (base >= 0) {
            set(pc, base + variant, a.dst(), src, 0, imm);
            return;
        }
        if (a.op() == AluOp.NEG) {
            set(pc, a.wide() ? NEG64 : NEG32, a.dst(), 0, 0, 0);
            return;
        }
        int bits = a.op() == AluOp.MOVSX8 ? 8 : a.op() == AluOp.MOVSX16 ? 16 : 32;
        set(pc, a.wide() ? MOVSX64 : MOVSX32, a.dst(), src, bits, 0);
    }

    private void jump(int pc, Instruction.Jump j, int length) {
        int target = pc + j.offset() + 1;
        if (target < 0 || target >= length) {
            trap(pc, "jump to pc " + target + ", outside the program");
            return;
        }
        if (j.op() == JumpOp.JA) {
            set(pc, JA, 0, 0, target, 0);
            return;
        }
        boolean reg = j.operand() instanceof Operand.Reg;
        int src = reg ? ((Operand.Reg) j.operand()).reg() : 0;
        long imm = reg ? 0 : ((Operand.Imm) j.operand()).value();
        int variant = j.wide() ? (reg ? V64_REG : V64_IMM) : (reg ? V32_REG : V32_IMM);
        int base = switch (j.op()) {
            case JEQ -> JEQ;
            case JGT -> JGT;
            case JGE -> JGE;
            case JSET -> JSET;
            case JNE -> JNE;
            case JSGT -> JSGT;
            case JSGE -> JSGE;
            case JLT -> JLT;
            case JLE -> JLE;
            case JSLT -> JSLT;
            case JSLE -> JSLE;
            case JA -> throw new AssertionError();
        };
        set(pc, base + variant, j.dst(), src, target, imm);
    }
}
