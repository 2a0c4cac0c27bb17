package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.jit.JitCompiler;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.ProgramEngine;

/** How a program runs: instruction by instruction, or compiled to a JVM class by the JIT. Both are sandboxed alike. */
public enum Engine {
    INTERPRETER {
        @Override
        public ProgramEngine prepare(Code code) { return new Interpreter(code); }
    },
    /** Compiled to a hidden JVM class; programs too large for one JVM method are interpreted (see {@link JitCompiler#engineFor}). */
    JIT {
        @Override
        public ProgramEngine prepare(Code code) { return JitCompiler.engineFor(code); }
    };

    public abstract ProgramEngine prepare(Code code);
}
