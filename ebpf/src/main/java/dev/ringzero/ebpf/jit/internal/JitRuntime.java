package dev.ringzero.ebpf.jit.internal;

import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.FaultKind;
import dev.ringzero.ebpf.vm.Helper;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.ProgramEngine;
import dev.ringzero.ebpf.vm.ProgramFault;
import dev.ringzero.ebpf.vm.RunResult;

/**
 * The slow paths generated code calls: helper calls (through the run's {@code HelperTable}, exactly as
 * the interpreter calls them), what happens after a helper (stop, tail call) and the faults. Public only
 * because hidden classes call it; not API.
 */
public final class JitRuntime {

    private JitRuntime() {}

    /** Calls helper {@code id} with r1-r5; faults carry {@code pc}. */
    public static long callHelper(ExecutionContext ctx, long id, long r1, long r2, long r3, long r4, long r5, int pc) {
        Helper helper = ctx.helpers().get(id);
        if (helper == null) {
            throw new ProgramFault(pc, FaultKind.UNKNOWN_HELPER, "call of unknown helper " + id);
        }
        try {
            return helper.call(ctx, r1, r2, r3, r4, r5);
        } catch (ProgramFault fault) {
            throw fault.at(pc);
        } catch (RuntimeException e) {
            throw new ProgramFault(pc, FaultKind.HELPER_FAILURE, "helper " + id + " failed: " + e, e);
        }
    }

    /**
     * After a helper returned r0: the run's result when the helper ended the program or asked for a tail
     * call (the target's result), else null and the program goes on.
     */
    public static RunResult afterHelper(ExecutionContext ctx, long r0, long executed, int depth, long r1, int pc) {
        if (ctx.takeStopRequest()) {
            return new RunResult(r0, executed);
        }
        ProgramEngine next = ctx.takeTailCall();
        if (next == null) {
            return null;
        }
        if (depth != 0) {
            throw new ProgramFault(pc, FaultKind.INVALID_INSTRUCTION, "tail call from a bpf-to-bpf function");
        }
        return next.continueTailCall(ctx, r1, executed);
    }

    /** An instruction that cannot run (a jump outside the program, into an lddw, a kfunc call, …). */
    public static ProgramFault trap(int pc, String reason) {
        return new ProgramFault(pc, FaultKind.INVALID_INSTRUCTION, reason);
    }

    public static ProgramFault budgetExhausted(int pc, long budget) {
        return new ProgramFault(pc, FaultKind.BUDGET_EXHAUSTED, "instruction budget of " + budget + " exhausted");
    }

    public static ProgramFault callDepth(int pc) {
        return new ProgramFault(pc, FaultKind.CALL_DEPTH, "call depth exceeds " + Interpreter.MAX_CALL_DEPTH + " frames");
    }
}
