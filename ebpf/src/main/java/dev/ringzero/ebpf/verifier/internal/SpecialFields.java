package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.platform.ProgramType;
import dev.ringzero.ebpf.verifier.MapDescriptor;
import java.util.Set;

/**
 * The kernel-managed fields a map value may hold ({@code struct bpf_spin_lock}, {@code struct bpf_timer}): which
 * program types may use such maps, and that the program never loads or stores them directly.
 */
final class SpecialFields {
    static final int SPIN_LOCK_SIZE = 4;
    static final int TIMER_SIZE = 16;
    /** The kernel's is_tracing_prog_type, as ringzero names the types. */
    private static final Set<String> TRACING = Set.of("kprobe", "tracepoint", "perf_event", "raw_tracepoint",
            "raw_tracepoint_writable");

    private SpecialFields() {}

    /** Refuses a program of a type that may not use a map with a spin lock or a timer in its values. */
    static void checkProgramType(int pc, ProgramType type, MapDescriptor map) {
        if (!type.platform().name().equals("LINUX")) {
            return;
        }
        if (map.spinLockOffset() >= 0) {
            if (type.name().equals("socket_filter")) {
                throw new Rejection(pc, "socket filter progs cannot use bpf_spin_lock yet: map " + map.name()
                        + " has a struct bpf_spin_lock in its values");
            }
            if (TRACING.contains(type.name())) {
                throw new Rejection(pc, "tracing progs cannot use bpf_spin_lock yet: map " + map.name()
                        + " has a struct bpf_spin_lock in its values");
            }
        }
        if (map.timerOffset() >= 0 && TRACING.contains(type.name())) {
            throw new Rejection(pc, "tracing progs cannot use bpf_timer yet: map " + map.name()
                    + " has a struct bpf_timer in its values");
        }
    }

    /** Refuses an access of bytes {@code [lo, hi)} of a map value that overlaps a spin lock or a timer. */
    static void checkAccess(int pc, MapDescriptor map, long lo, long hi) {
        if (overlaps(map.spinLockOffset(), SPIN_LOCK_SIZE, lo, hi)) {
            throw new Rejection(pc, "bpf_spin_lock cannot be accessed directly by load/store: bytes [" + lo + ", " + hi
                    + ") of map " + map.name() + "'s value overlap its lock at offset " + map.spinLockOffset());
        }
        if (overlaps(map.timerOffset(), TIMER_SIZE, lo, hi)) {
            throw new Rejection(pc, "bpf_timer cannot be accessed directly by load/store: bytes [" + lo + ", " + hi
                    + ") of map " + map.name() + "'s value overlap its timer at offset " + map.timerOffset());
        }
    }

    private static boolean overlaps(int field, int size, long lo, long hi) {
        return field >= 0 && lo < field + size && field < hi;
    }
}
