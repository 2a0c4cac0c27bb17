package dev.ringzero.ebpf.conformance;

import dev.ringzero.ebpf.isa.AluOp;
import dev.ringzero.ebpf.isa.AtomicOp;
import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.JumpOp;
import dev.ringzero.ebpf.isa.Operand;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * A small load-time check run before a conformance program: it rejects what no run could make sense
 * of, following every path. Jumps and local calls must land on an instruction inside the program,
 * never in the second half of an {@code lddw}; no path may fall off the end; r10 is read-only;
 * helpers must exist; and no register may be read before every path to the read has written it
 * (r0 at {@code exit} included). It is not a verifier: memory safety is the sandbox's job.
 */
public final class StructuralCheck {

    /** One reason to reject a program, at instruction {@code pc}. */
    public record Problem(int pc, String message) {
        @Override
        public String toString() { return "instruction " + pc + ": " + message; }
    }

    private static final int CALLER_SAVED = 0b11_1110;           // r1-r5
    private static final int CALLEE_ENTRY = CALLER_SAVED | 1 << 10; // r1-r5, r10

    private final Code code;
    private final LongPredicate helperExists;
    private final int[] state;
    private final List<Problem> problems = new ArrayList<>();
    private final Deque<Integer> work = new ArrayDeque<>();

    private StructuralCheck(Code code, LongPredicate helperExists) {
        this.code = code;
        this.helperExists = helperExists;
        this.state = new int[code.length()];
        Arrays.fill(state, -1);
    }

    /**
     * The problems of {@code code}, in program order (empty when it passes). {@code entryRegisters} is
     * the mask of registers set at entry (bit n = rn); r10 is always set.
     */
    public static List<Problem> check(Code code, LongPredicate helperExists, int entryRegisters) {
        if (code.length() == 0) {
            return List.of(new Problem(0, "the program has no instructions"));
        }
        StructuralCheck check = new StructuralCheck(code, helperExists);
        check.flow(0, entryRegisters | 1 << 10);
        check.run();
        check.problems.sort((a, b) -> Integer.compare(a.pc(), b.pc()));
        return List.copyOf(check.problems);
    }

    private void run() {
        boolean[] reported = new boolean[code.length()];
        while (!work.isEmpty()) {
            int pc = work.pop();
            int in = state[pc];
            Instruction insn = code.at(pc);
            int out = transfer(pc, insn, in, reported);
            switch (insn) {
                case Instruction.Exit x -> { }
                case Instruction.Jump j -> {
                    target(pc, pc + j.offset() + 1, out, "jump");
                    if (!j.isUnconditional()) {
                        next(pc, insn, out);
                    }
                }
                case Instruction.Call c when c.kind() == CallKind.LOCAL -> {
                    target(pc, pc + c.imm() + 1, in & CALLEE_ENTRY, "call");
                    next(pc, insn, out);
                }
                default -> next(pc, insn, out);
            }
        }
    }

    private void next(int pc, Instruction insn, int out) {
        int after = pc + insn.slots();
        if (after >= code.length()) {
            problem(pc, "execution falls off the end of the program");
        } else {
            flow(after, out);
        }
    }

    private void target(int pc, int target, int registers, String what) {
        if (target < 0 || target >= code.length()) {
            problem(pc, what + " to " + target + " is outside the program (" + code.length() + " slots)");
        } else if (!code.startsInstruction(target)) {
            problem(pc, what + " to " + target + " lands in the middle of an lddw");
        } else {
            flow(target, registers);
        }
    }

    private void flow(int pc, int registers) {
        int old = state[pc];
        int merged = old == -1 ? registers : old & registers;
        if (merged != old) {
            state[pc] = merged;
            work.push(pc);
        }
    }

    /** Checks the reads of {@code insn} against {@code in} and returns the registers set after it. */
    private int transfer(int pc, Instruction insn, int in, boolean[] reported) {
        Reads reads = new Reads(pc, in, reported);
        return switch (insn) {
            case Instruction.Alu a -> {
                boolean move = a.op() == AluOp.MOV || a.op() == AluOp.MOVSX8 || a.op() == AluOp.MOVSX16
                        || a.op() == AluOp.MOVSX32;
                if (!move) {
                    reads.reg(a.dst());
                }
                if (a.operand() instanceof Operand.Reg r && a.op() != AluOp.NEG) {
                    reads.reg(r.reg());
                }
                yield writes(pc, in, a.dst());
            }
            case Instruction.Endian e -> {
                reads.reg(e.dst());
                yield writes(pc, in, e.dst());
            }
            case Instruction.Jump j -> {
                if (j.op() != JumpOp.JA) {
                    reads.reg(j.dst());
                    if (j.operand() instanceof Operand.Reg r) {
                        reads.reg(r.reg());
                    }
                }
                yield in;
            }
            case Instruction.Call c -> {
                if (c.kind() == CallKind.HELPER && !helperExists.test(c.imm())) {
                    problem(pc, "call of unknown helper " + c.imm());
                } else if (c.kind() == CallKind.KFUNC) {
                    problem(pc, "kfunc calls are not supported");
                }
                yield (in & ~CALLER_SAVED) | 1;
            }
            case Instruction.CallReg c -> {
                reads.reg(c.reg());
                yield (in & ~CALLER_SAVED) | 1;
            }
            case Instruction.Exit x -> {
                reads.reg(0);
                yield in;
            }
            case Instruction.Load l -> {
                reads.reg(l.src());
                yield writes(pc, in, l.dst());
            }
            case Instruction.Store s -> {
                reads.reg(s.dst());
                if (s.value() instanceof Operand.Reg r) {
                    reads.reg(r.reg());
                }
                yield in;
            }
            case Instruction.Atomic a -> {
                reads.reg(a.dst());
                reads.reg(a.src());
                if (a.op() == AtomicOp.CMPXCHG) {
                    reads.reg(0);
                    yield in | 1;
                }
                yield a.op().fetches() ? writes(pc, in, a.src()) : in;
            }
            case Instruction.LoadImm64 l -> writes(pc, in, l.dst());
            case Instruction.LoadPacket p -> {
                if (p.indirect()) {
                    reads.reg(p.src());
                }
                yield (in & ~CALLER_SAVED) | 1;
            }
        };
    }

    private int writes(int pc, int in, int reg) {
        if (reg == 10) {
            problem(pc, "r10 (the frame pointer) is read-only");
        }
        return in | 1 << reg;
    }

    private void problem(int pc, String message) {
        Problem p = new Problem(pc, message);
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }

    /** Reports each uninitialized register read once per instruction. */
    private final class Reads {
        private final int pc;
        private final int in;
        private final boolean[] reported;

        Reads(int pc, int in, boolean[] reported) {
            this.pc = pc;
            this.in = in;
            this.reported = reported;
        }

        void reg(int reg) {
            if ((in & 1 << reg) == 0 && !reported[pc]) {
                reported[pc] = true;
                problem(pc, "r" + reg + " is read before it is written on some path");
            }
        }
    }
}
