/**
 * The execution engine: the sandboxed memory model, the shared semantics table and the interpreter.
 */
package dev.ringzero.ebpf.vm;
