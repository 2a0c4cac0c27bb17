package dev.ringzero.ebpf.jit.internal;

import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.RunResult;

/** What every generated hidden class implements: one eBPF program as one JVM method. */
public interface CompiledBody {

    /**
     * Runs the program from pc 0 with r1, r2 set and r10 at the top of frame 0; {@code executed}
     * instructions were already spent in this run (by the programs that tail-called this one).
     */
    RunResult execute(ExecutionContext ctx, Memory memory, long r1, long r2, long executed);
}
