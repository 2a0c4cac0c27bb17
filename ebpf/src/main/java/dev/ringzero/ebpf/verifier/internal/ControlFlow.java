package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Instruction;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.TreeSet;

/**
 * The program's control-flow facts, checked before any path is walked: every jump and local call
 * lands on an instruction of the program (never in an {@code lddw}'s second half) and stays in its
 * function, no function falls through its end, and — where the platform requires it — every
 * instruction is reachable and there are no back edges.
 */
final class ControlFlow {
    private final Code code;
    /** First instruction of each function: 0 and every local call target. */
    final TreeSet<Integer> functions = new TreeSet<>();
    /** Where paths meet: jump targets and the instruction after a conditional jump. */
    final BitSet prunePoints = new BitSet();

    private ControlFlow(Code code) {
        this.code = code;
    }

    static ControlFlow check(Code code, Rules rules) {
        ControlFlow cfg = new ControlFlow(code);
        if (code.length() == 0) {
            throw new Rejection(-1, "the program is empty");
        }
        cfg.functions.add(0);
        for (Code.At at : code.instructions()) {
            if (at.instruction() instanceof Instruction.Call c && c.kind() == CallKind.LOCAL) {
                int target = at.pc() + 1 + c.imm();
                cfg.requireTarget(at.pc(), target, "call");
                cfg.functions.add(target);
            }
            if (at.instruction() instanceof Instruction.LoadImm64 l && l.kind() == dev.ringzero.ebpf.isa.ImmKind.FUNC) {
                // a callback's address: the function it names is a subprogram too
                int target = at.pc() + 1 + l.firstImm();
                cfg.requireTarget(at.pc(), target, "callback");
                cfg.functions.add(target);
            }
            if (rules.linux() && at.instruction() instanceof Instruction.Call c && c.kind() == CallKind.HELPER
                    && HelperCalls.callsBack(c.imm())) {
                cfg.prunePoints.set(at.pc()); // the callback returns here: a loop head
            }
        }
        for (Code.At at : code.instructions()) {
            int pc = at.pc();
            if (at.instruction() instanceof Instruction.Jump j) {
                int target = pc + 1 + j.offset();
                cfg.requireTarget(pc, target, "jump");
                if (cfg.functionOf(target) != cfg.functionOf(pc)) {
                    throw new Rejection(pc, "jump out of range from insn " + pc + " to " + target
                            + ": it leaves the function starting at " + cfg.functionOf(pc));
                }
                cfg.prunePoints.set(target);
                if (!j.isUnconditional()) {
                    cfg.prunePoints.set(pc + 1);
                }
                if (!rules.allowLoops() && target <= pc) {
                    throw new Rejection(pc, "back-edge from insn " + pc + " to " + target
                            + ": loops are not allowed for an unprivileged loader");
                }
            }
            int next = pc + at.instruction().slots();
            boolean endsFunction = next >= code.length() || cfg.functions.contains(next);
            if (endsFunction && !(at.instruction() instanceof Instruction.Exit)
                    && !(at.instruction() instanceof Instruction.Jump j && j.isUnconditional())) {
                throw new Rejection(pc, "last insn is not an exit or jmp: execution would fall off the end of the "
                        + (next >= code.length() ? "program" : "function"));
            }
        }
        if (rules.rejectUnreachable()) {
            cfg.requireAllReachable();
        }
        return cfg;
    }

    int functionOf(int pc) {
        return functions.floor(pc);
    }

    private void requireTarget(int pc, int target, String what) {
        if (target < 0 || target >= code.length()) {
            throw new Rejection(pc, what + " out of range from insn " + pc + " to " + target
                    + ": the program has " + code.length() + " instructions");
        }
        if (code.at(target) == null) {
            throw new Rejection(pc, what + " into the middle of ldimm64 insn " + (target - 1));
        }
    }

    private void requireAllReachable() {
        BitSet seen = new BitSet();
        var work = new ArrayDeque<Integer>(functions);
        while (!work.isEmpty()) {
            int pc = work.pop();
            if (pc >= code.length() || seen.get(pc)) continue;
            seen.set(pc);
            Instruction insn = code.at(pc);
            if (insn instanceof Instruction.LoadImm64 l && l.kind() == dev.ringzero.ebpf.isa.ImmKind.FUNC) {
                work.push(pc + 1 + l.firstImm());
            }
            switch (insn) {
                case Instruction.Exit x -> {}
                case Instruction.Jump j -> {
                    work.push(pc + 1 + j.offset());
                    if (!j.isUnconditional()) work.push(pc + 1);
                }
                default -> work.push(pc + insn.slots());
            }
        }
        for (Code.At at : code.instructions()) {
            if (!seen.get(at.pc())) {
                throw new Rejection(at.pc(), "unreachable insn " + at.pc() + ": no path leads here");
            }
        }
    }
}
