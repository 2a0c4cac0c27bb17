package dev.ringzero.ebpf.jit;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.jit.internal.CompiledBody;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.ProgramEngine;
import dev.ringzero.ebpf.vm.RunResult;

/**
 * A program compiled to a JVM hidden class by {@link JitCompiler}. It runs with the interpreter's
 * results: the same r0, the same faults at the same pcs, the same instruction count for runs that
 * return. One difference: a run over its budget is stopped at the next backward jump, call or exit
 * rather than at the exact instruction, so its fault's pc may be later than the interpreter's.
 */
public final class CompiledProgram implements ProgramEngine {

    private final Code code;
    private final byte[] classBytes;
    private final int bytecodeSize;
    private final CompiledBody body;

    CompiledProgram(Code code, byte[] classBytes, int bytecodeSize, CompiledBody body) {
        this.code = code;
        this.classBytes = classBytes;
        this.bytecodeSize = bytecodeSize;
        this.body = body;
    }

    @Override
    public Code code() { return code; }

    /** The class file the program was compiled to (a copy). */
    public byte[] classBytes() { return classBytes.clone(); }

    /** Bytes of JVM bytecode in the program's method (about 16 per eBPF instruction). */
    public int bytecodeSize() { return bytecodeSize; }

    @Override
    public RunResult execute(ExecutionContext ctx, Memory memory, long r1, long r2, long executedBefore) {
        return body.execute(ctx, memory, r1, r2, executedBefore);
    }
}
