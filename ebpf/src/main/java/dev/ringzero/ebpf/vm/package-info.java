/**
 * The execution engine: the sandboxed memory model, the shared semantics table and the interpreter.
 *
 * <ul>
 *   <li>{@link dev.ringzero.ebpf.vm.Memory}: regions ({@code MemorySegment} + {@link dev.ringzero.ebpf.vm.Access}
 *       + {@link dev.ringzero.ebpf.vm.RegionKind}) addressed as {@code region id << 32 | offset}; every access
 *       is checked and a violation is a {@link dev.ringzero.ebpf.vm.ProgramFault}.</li>
 *   <li>{@link dev.ringzero.ebpf.vm.Semantics}: each operation's meaning, once, for the interpreter and the JIT.</li>
 *   <li>{@link dev.ringzero.ebpf.vm.Interpreter}: a {@code Code} translated once into a dense table, then run
 *       against an {@link dev.ringzero.ebpf.vm.ExecutionContext} (memory, {@link dev.ringzero.ebpf.vm.HelperTable},
 *       {@link dev.ringzero.ebpf.vm.MapBindings}, trace sink, process attributes, instruction budget).</li>
 * </ul>
 */
package dev.ringzero.ebpf.vm;
