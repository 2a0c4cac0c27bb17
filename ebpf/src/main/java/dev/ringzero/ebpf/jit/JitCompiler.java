package dev.ringzero.ebpf.jit;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.jit.internal.HiddenClasses;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.ProgramEngine;
import java.util.List;

/**
 * Compiles a {@link Code} to JVM bytecode: one hidden class per program, whose single method holds the
 * whole program (bpf-to-bpf functions as inline frames). See {@code package-info} for the model.
 */
public final class JitCompiler {

    private JitCompiler() {}

    /**
     * Compiles {@code code}.
     *
     * @throws JitLimitException when the program is too large for one JVM method (64 KB of bytecode)
     */
    public static CompiledProgram compile(Code code) {
        byte[] bytes = classFile(code);
        return new CompiledProgram(code, bytes, HiddenClasses.define(bytes));
    }

    /** The compiled program, or the interpreter when the program is too large for the JIT. */
    public static ProgramEngine engineFor(Code code) {
        try {
            return compile(code);
        } catch (JitLimitException e) {
            return new Interpreter(code);
        }
    }

    /** The class file {@link #compile} would define, without defining it. */
    public static byte[] classFile(Code code) {
        try {
            return HiddenClasses.emit(code);
        } catch (IllegalArgumentException e) {
            throw new JitLimitException("cannot compile a program of " + code.length()
                    + " slots into one JVM method: " + e.getMessage(), e);
        }
    }

    /** The JDK verifier's complaints about a class file (none for every class this JIT emits). */
    public static List<String> verify(byte[] classBytes) {
        return HiddenClasses.verify(classBytes);
    }
}
