package dev.ringzero.ebpf.maps;

/**
 * Which "CPU" the calling thread runs on, for per-CPU maps (and {@code bpf_get_smp_processor_id}).
 *
 * <p>A caller that knows its CPU binds it for a scope with {@link #runOn(int, Runnable)} (a hook dispatching events
 * per worker, say). Otherwise the CPU is the thread's id modulo the map's CPU count, so one thread always uses the
 * same slot. Two threads that share a slot may race on it, like preemptible programs on Linux: use atomic
 * instructions when that matters.
 */
public final class CurrentCpu {
    private static final ScopedValue<Integer> BOUND = ScopedValue.newInstance();

    private CurrentCpu() {
    }

    /** The calling thread's CPU index among the machine's available processors (for {@code bpf_get_smp_processor_id}). */
    public static int index() {
        return index(Runtime.getRuntime().availableProcessors());
    }

    /** The calling thread's CPU index in {@code [0, cpus)}. */
    public static int index(int cpus) {
        long cpu = BOUND.isBound() ? BOUND.get() : Thread.currentThread().threadId();
        return (int) Math.floorMod(cpu, (long) cpus);
    }

    /** Runs {@code action} with the current CPU bound to {@code cpu}. */
    public static void runOn(int cpu, Runnable action) {
        if (cpu < 0) {
            throw new IllegalArgumentException("CPU index " + cpu + " is negative");
        }
        ScopedValue.where(BOUND, cpu).run(action);
    }

    /** Calls {@code action} with the current CPU bound to {@code cpu} and returns its result. */
    public static <R, X extends Throwable> R callOn(int cpu, ScopedValue.CallableOp<? extends R, X> action) throws X {
        if (cpu < 0) {
            throw new IllegalArgumentException("CPU index " + cpu + " is negative");
        }
        return ScopedValue.where(BOUND, cpu).call(action);
    }
}
