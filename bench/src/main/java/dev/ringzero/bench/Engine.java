package dev.ringzero.bench;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.jit.JitCompiler;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.ProgramEngine;

/** The two ways ringzero runs a program; every benchmark is parameterized by it. */
public enum Engine {
    INTERPRETER {
        @Override
        public ProgramEngine prepare(Code code) { return new Interpreter(code); }
    },
    JIT {
        @Override
        public ProgramEngine prepare(Code code) { return JitCompiler.compile(code); }
    };

    public abstract ProgramEngine prepare(Code code);
}
