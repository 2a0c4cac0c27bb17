package dev.ringzero.ebpf.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * Map types with their number on each platform ({@code ebpf_map_type_t} of eBPF for Windows,
 * {@code enum bpf_map_type} of Linux) and the name {@code netsh ebpf show maps} / bpftool print.
 */
public enum MapType {
    HASH(1, 1, "hash"),
    ARRAY(2, 2, "array"),
    PROG_ARRAY(3, 3, "prog_array"),
    PERCPU_HASH(4, 5, "percpu_hash"),
    PERCPU_ARRAY(5, 6, "percpu_array"),
    HASH_OF_MAPS(6, 13, "hash_of_maps"),
    ARRAY_OF_MAPS(7, 12, "array_of_maps"),
    LRU_HASH(8, 9, "lru_hash"),
    LPM_TRIE(9, 11, "lpm_trie"),
    QUEUE(10, 22, "queue"),
    LRU_PERCPU_HASH(11, 10, "lru_percpu_hash"),
    STACK(12, 23, "stack"),
    RINGBUF(13, 27, "ringbuf"),
    PERF_EVENT_ARRAY(14, 4, "perf_event_array");

    private final int windowsId;
    private final int linuxId;
    private final String displayName;

    MapType(int windowsId, int linuxId, String displayName) {
        this.windowsId = windowsId;
        this.linuxId = linuxId;
        this.displayName = displayName;
    }

    /** The number a map definition's {@code type} field holds on this platform. */
    public int id(Platform platform) {
        return switch (platform) {
            case WINDOWS -> windowsId;
            case LINUX -> linuxId;
        };
    }

    /** The name tools print for this type, e.g. {@code percpu_array}. */
    public String displayName() { return displayName; }

    /** Whether each CPU has its own copy of every value. */
    public boolean perCpu() {
        return this == PERCPU_HASH || this == PERCPU_ARRAY || this == LRU_PERCPU_HASH;
    }

    /** The map type a definition's {@code type} number denotes on this platform, or empty. */
    public static Optional<MapType> forId(Platform platform, int id) {
        return Arrays.stream(values()).filter(type -> type.id(platform) == id).findFirst();
    }
}
