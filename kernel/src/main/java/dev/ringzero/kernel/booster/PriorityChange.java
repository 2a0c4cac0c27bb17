package dev.ringzero.kernel.booster;

/** A thread's scheduling before and after a successful Booster request. */
public record PriorityChange(ThreadPriority before, ThreadPriority after) {
}
