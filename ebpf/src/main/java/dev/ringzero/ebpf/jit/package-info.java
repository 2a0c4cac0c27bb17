/**
 * The JIT: compiles an eBPF {@link dev.ringzero.ebpf.isa.Code} to a JVM hidden class with the JDK's
 * {@code java.lang.classfile} API.
 *
 * <p>Model: eBPF registers are long locals of one method; jumps are branches to labels; the trivial ALU
 * operations, compares and moves are inline bytecode, and everything with edge cases (division, modulo,
 * byte swaps, sign extension, legacy packet loads) is an {@code invokestatic} of the same
 * {@link dev.ringzero.ebpf.vm.Semantics} method the interpreter calls. Loads, stores and atomics call the
 * checked {@link dev.ringzero.ebpf.vm.Memory} accessors, helpers go through the run's
 * {@link dev.ringzero.ebpf.vm.HelperTable}, so a compiled program is exactly as sandboxed as an
 * interpreted one. The instruction count is added per basic block and checked at backward jumps, calls
 * and exits. Tail calls may go to any {@link dev.ringzero.ebpf.vm.ProgramEngine}.
 */
package dev.ringzero.ebpf.jit;
