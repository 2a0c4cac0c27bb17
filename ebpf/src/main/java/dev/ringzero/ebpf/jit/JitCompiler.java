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

    /**
     * HotSpot compiles no method with more bytecode than this ({@code -XX:+DontCompileHugeMethods}, the
     * default): a larger compiled program would stay in the JVM's bytecode interpreter, about 3 times
     * slower than ringzero's own {@link Interpreter}, so {@link #engineFor} interprets it instead.
     */
    public static final int HUGE_METHOD_LIMIT = 8000;

    /**
     * Set this system property to {@code true} when the JVM runs with {@code -XX:-DontCompileHugeMethods}:
     * {@link #engineFor} then compiles every program that fits in one method.
     */
    public static final String COMPILE_HUGE_METHODS_PROPERTY = "ringzero.jit.compileHugeMethods";

    private JitCompiler() {}

    /**
     * Compiles {@code code}.
     *
     * @throws JitLimitException when the program is too large for one JVM method (64 KB of bytecode)
     */
    public static CompiledProgram compile(Code code) {
        byte[] bytes = classFile(code);
        return new CompiledProgram(code, bytes, HiddenClasses.bytecodeSize(bytes), HiddenClasses.define(bytes));
    }

    /**
     * The engine that runs {@code code} fastest: the compiled program, or the interpreter when the program
     * is too large for one JVM method or (see {@link #HUGE_METHOD_LIMIT}) for HotSpot to compile.
     */
    public static ProgramEngine engineFor(Code code) {
        byte[] bytes;
        try {
            bytes = classFile(code);
        } catch (JitLimitException e) {
            return new Interpreter(code);
        }
        int size = HiddenClasses.bytecodeSize(bytes);
        if (size > HUGE_METHOD_LIMIT && !Boolean.getBoolean(COMPILE_HUGE_METHODS_PROPERTY)) {
            return new Interpreter(code);
        }
        return new CompiledProgram(code, bytes, size, HiddenClasses.define(bytes));
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
