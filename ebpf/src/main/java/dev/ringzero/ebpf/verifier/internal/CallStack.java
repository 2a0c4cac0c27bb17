package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.ImmKind;
import dev.ringzero.ebpf.isa.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The limits on the call stack that Linux checks over the static call graph once the paths are walked
 * ({@code check_max_stack_depth}): at most {@value #MAX_FRAMES} frames on any chain of calls (so any
 * recursion is refused), at most 512 bytes of stack over a chain, and no tail call from a function whose
 * callers' frames hold 256 bytes or more (a tail call keeps them). Linux rounds each frame to 16 bytes
 * when it JIT-compiles (to 32 for the interpreter, as eBPF for Windows does); tracing programs on x86-64
 * give frames of 64 bytes or more a private stack, which then counts on its own.
 */
final class CallStack {
    static final int MAX_FRAMES = 8;
    private static final int TAIL_CALL_LIMIT = 256;
    private static final int PRIVATE_STACK_MIN = 64;
    private static final int LINUX_TAIL_CALL_ID = 12;

    private final Code code;
    private final Rules rules;
    private final boolean privateStacks;
    private final TreeSet<Integer> starts = new TreeSet<>();

    CallStack(Code code, Rules rules, String programType) {
        this.code = code;
        this.rules = rules;
        this.privateStacks = rules.linux() && (programType.equals("kprobe") || programType.equals("tracepoint"));
        starts.add(0);
        for (var at : code.instructions()) {
            int target = callTarget(at.pc());
            if (target >= 0) starts.add(target);
        }
    }

    /** Checks every chain of calls from the program's entry, given each function's stack depth in bytes. */
    void check(Map<Integer, Integer> depths) {
        walk(0, 0, 1, depths);
    }

    private void walk(int function, int callersDepth, int frames, Map<Integer, Integer> depths) {
        if (function != 0 && callersDepth >= TAIL_CALL_LIMIT && hasTailCall(function) && rules.linux()) {
            throw new Rejection(-1, "tail_calls are not allowed when call stack of previous frames is " + callersDepth
                    + " bytes. Too large: function at insn " + function + " makes a tail call, which keeps its callers' frames");
        }
        int own = frameSize(depths.getOrDefault(function, 0));
        int depth = callersDepth;
        if (privateStacks && own >= PRIVATE_STACK_MIN) {
            if (own > Frame.STACK_SIZE) {
                throw new Rejection(-1, "stack size of the function at insn " + function + " is " + own + ". Too large");
            }
        } else {
            depth += own;
            if (depth > Frame.STACK_SIZE) {
                throw new Rejection(-1, "combined stack size of " + frames + " calls is " + depth + ". Too large: the chain of calls"
                        + " to the function at insn " + function + " needs more than " + Frame.STACK_SIZE
                        + " bytes of stack; move large buffers to a map");
            }
        }
        for (int callee : callees(function)) {
            if (frames >= MAX_FRAMES) {
                throw new Rejection(-1, "the call stack of " + frames + " frames is too deep ! (the function at insn " + function
                        + " calls more functions; is it recursive?)");
            }
            walk(callee, depth, frames + 1, depths);
        }
    }

    /** Whether an instruction of {@code function}, or of a function it calls (on any path), satisfies {@code test}. */
    boolean reaches(int function, java.util.function.IntPredicate test) {
        return reaches(function, test, new java.util.HashSet<>());
    }

    private boolean reaches(int function, java.util.function.IntPredicate test, java.util.Set<Integer> seen) {
        if (!seen.add(function)) return false;
        for (int pc = function; pc < end(function); pc++) {
            if (code.at(pc) != null && test.test(pc)) return true;
        }
        for (int callee : callees(function)) {
            if (reaches(callee, test, seen)) return true;
        }
        return false;
    }

    private int frameSize(int depth) {
        if (rules.linux()) {
            return (depth + 15) / 16 * 16;
        }
        return (Math.max(depth, 1) + 31) / 32 * 32;
    }

    private List<Integer> callees(int function) {
        List<Integer> out = new ArrayList<>();
        for (int pc = function; pc < end(function); pc++) {
            int target = callTarget(pc);
            if (target >= 0) out.add(target);
        }
        return out;
    }

    /** A local call's target, or a callback's (an {@code lddw} of a function, which a helper calls), else -1. */
    private int callTarget(int pc) {
        return switch (code.at(pc)) {
            case Instruction.Call c when c.kind() == CallKind.LOCAL -> pc + 1 + c.imm();
            case Instruction.LoadImm64 l when l.kind() == ImmKind.FUNC -> pc + 1 + l.firstImm();
            case null, default -> -1;
        };
    }

    private boolean hasTailCall(int function) {
        for (int pc = function; pc < end(function); pc++) {
            if (code.at(pc) instanceof Instruction.Call c && c.kind() == CallKind.HELPER && c.imm() == LINUX_TAIL_CALL_ID) {
                return true;
            }
        }
        return false;
    }

    private int end(int function) {
        Integer next = starts.higher(function);
        return next == null ? code.length() : next;
    }
}
