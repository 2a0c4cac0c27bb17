package dev.ringzero.ebpf.vm;

import dev.ringzero.ebpf.isa.Code;

/**
 * Something that runs a program: the {@link Interpreter}, or a program compiled by the JIT
 * ({@code dev.ringzero.ebpf.jit}). Both give the same results for the same {@link Code}; a tail call
 * may pass from one kind to the other.
 */
public interface ProgramEngine {

    /** The program this engine runs. */
    Code code();

    /** Runs with r1 and r2 set; starts a new run of {@code ctx} (tail-call count reset). */
    default RunResult run(ExecutionContext ctx, long r1, long r2) {
        ctx.startRun();
        return enter(ctx, r1, r2, 0);
    }

    /** Runs with r1 = {@code r1} (typically the context address). */
    default RunResult run(ExecutionContext ctx, long r1) {
        return run(ctx, r1, 0);
    }

    /**
     * Continues the current run of {@code ctx} as the target of a tail call: registers are fresh
     * (r1 = the run's original r1, r10 = the top of frame 0), the {@code executed} instructions so far
     * count against the run's budget, and the tail-call count carries on.
     */
    default RunResult continueTailCall(ExecutionContext ctx, long r1, long executed) {
        return enter(ctx, r1, 0, executed);
    }

    /**
     * Executes the program from its first instruction in stack frame 0, with r1 and r2 set and
     * {@code executedBefore} instructions already counted against the budget. What each engine implements.
     */
    RunResult execute(ExecutionContext ctx, Memory memory, long r1, long r2, long executedBefore);

    private RunResult enter(ExecutionContext ctx, long r1, long r2, long executed) {
        Memory memory = ctx.memory();
        memory.enterFrame(0);
        try {
            return execute(ctx, memory, r1, r2, executed);
        } finally {
            memory.enterFrame(0);
        }
    }
}
