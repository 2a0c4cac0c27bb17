package dev.ringzero.ebpf.vm;

/** The outcome of a run that ended with {@code exit}: r0 and the number of instructions executed. */
public record RunResult(long r0, long instructions) {}
