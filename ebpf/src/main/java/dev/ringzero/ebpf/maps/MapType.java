package dev.ringzero.ebpf.maps;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Map types with both ABI numbers: Linux {@code enum bpf_map_type} and eBPF for Windows {@code ebpf_map_type_t}
 * ({@code include/ebpf_structs.h}), and the names {@code bpftool map} and {@code netsh ebpf show maps} print.
 * Types without a Windows number exist only on Linux. {@link #isSupported()} tells which ones
 * {@link BpfMaps#create(MapSpec)} can build.
 */
public enum MapType {
    HASH(1, 1, "hash", true),
    ARRAY(2, 2, "array", true),
    PROG_ARRAY(3, 3, "prog_array", true),
    PERF_EVENT_ARRAY(4, -1, "perf_event_array", false),
    PERCPU_HASH(5, 4, "percpu_hash", true),
    PERCPU_ARRAY(6, 5, "percpu_array", true),
    STACK_TRACE(7, -1, "stack_trace", false),
    CGROUP_ARRAY(8, -1, "cgroup_array", false),
    LRU_HASH(9, 8, "lru_hash", true),
    LRU_PERCPU_HASH(10, 11, "lru_percpu_hash", true),
    LPM_TRIE(11, 9, "lpm_trie", false),
    ARRAY_OF_MAPS(12, 7, "array_of_maps", true),
    HASH_OF_MAPS(13, 6, "hash_of_maps", true),
    DEVMAP(14, -1, "devmap", false),
    SOCKMAP(15, -1, "sockmap", false),
    CPUMAP(16, -1, "cpumap", false),
    XSKMAP(17, -1, "xskmap", false),
    SOCKHASH(18, -1, "sockhash", false),
    CGROUP_STORAGE(19, -1, "cgroup_storage", false),
    REUSEPORT_SOCKARRAY(20, -1, "reuseport_sockarray", false),
    PERCPU_CGROUP_STORAGE(21, -1, "percpu_cgroup_storage", false),
    QUEUE(22, 10, "queue", true),
    STACK(23, 12, "stack", true),
    SK_STORAGE(24, -1, "sk_storage", false),
    DEVMAP_HASH(25, -1, "devmap_hash", false),
    STRUCT_OPS(26, -1, "struct_ops", false),
    RINGBUF(27, 13, "ringbuf", true),
    INODE_STORAGE(28, -1, "inode_storage", false),
    TASK_STORAGE(29, -1, "task_storage", false),
    BLOOM_FILTER(30, -1, "bloom_filter", false),
    USER_RINGBUF(31, -1, "user_ringbuf", false),
    CGRP_STORAGE(32, -1, "cgrp_storage", false),
    ARENA(33, -1, "arena", false);

    private static final MapType[] BY_LINUX = new MapType[34];
    private static final MapType[] BY_WINDOWS = new MapType[14];

    static {
        for (MapType type : values()) {
            BY_LINUX[type.linuxId] = type;
            if (type.windowsId >= 0) {
                BY_WINDOWS[type.windowsId] = type;
            }
        }
    }

    private final int linuxId;
    private final int windowsId;
    private final String displayName;
    private final boolean supported;

    MapType(int linuxId, int windowsId, String displayName, boolean supported) {
        this.linuxId = linuxId;
        this.windowsId = windowsId;
        this.displayName = displayName;
        this.supported = supported;
    }

    /** The Linux {@code BPF_MAP_TYPE_*} number. */
    public int linuxId() {
        return linuxId;
    }

    /** The eBPF for Windows {@code BPF_MAP_TYPE_*} number; empty for types only Linux has. */
    public OptionalInt windowsId() {
        return windowsId < 0 ? OptionalInt.empty() : OptionalInt.of(windowsId);
    }

    /** The name {@code bpftool map show} prints, e.g. {@code percpu_hash}. */
    public String bpftoolName() {
        return displayName;
    }

    /**
     * The name {@code netsh ebpf show maps} prints (eBPF for Windows' {@code _ebpf_map_display_names}); it is the
     * bpftool name for every type Windows knows, and this enum uses the same name for the Linux-only ones.
     */
    public String netshName() {
        return displayName;
    }

    /**
     * Whether {@link BpfMaps} builds maps of this type (maps of maps through
     * {@link BpfMaps#createMapOfMaps(MapSpec, MapSpec)}).
     */
    public boolean isSupported() {
        return supported;
    }

    /** Whether the values are other maps. */
    public boolean isMapOfMaps() {
        return this == ARRAY_OF_MAPS || this == HASH_OF_MAPS;
    }

    /** Whether each element holds one value per CPU. */
    public boolean isPerCpu() {
        return this == PERCPU_HASH || this == PERCPU_ARRAY || this == LRU_PERCPU_HASH || this == PERCPU_CGROUP_STORAGE;
    }

    /** The type with this Linux number; empty for 0 (UNSPEC) and unknown numbers. */
    public static Optional<MapType> fromLinux(int id) {
        return id > 0 && id < BY_LINUX.length ? Optional.ofNullable(BY_LINUX[id]) : Optional.empty();
    }

    /** The type with this eBPF for Windows number; empty for 0 (UNSPEC) and unknown numbers. */
    public static Optional<MapType> fromWindows(int id) {
        return id > 0 && id < BY_WINDOWS.length ? Optional.ofNullable(BY_WINDOWS[id]) : Optional.empty();
    }

    /** The type bpftool or netsh calls by this name; empty for unknown names. */
    public static Optional<MapType> fromName(String name) {
        for (MapType type : values()) {
            if (type.displayName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
