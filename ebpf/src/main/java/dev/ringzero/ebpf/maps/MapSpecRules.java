package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.ValueMemory;

/**
 * The checks {@code BPF_MAP_CREATE} makes before building a map, per type, with Linux's limits and error numbers:
 * keys at most {@value #MAX_KEY_SIZE} bytes (the BPF stack), per-CPU values at most {@value #MAX_PER_CPU_VALUE_SIZE}
 * bytes, other values at most {@value #MAX_VALUE_SIZE} bytes ({@code KMALLOC_MAX_SIZE}). Preallocated maps (arrays,
 * queues, stacks, ring buffers) also may not need more than {@value #MAX_PREALLOCATED_BYTES} bytes, ringzero's
 * stand-in for the memory limit Linux charges maps against.
 */
final class MapSpecRules {
    static final int MAX_KEY_SIZE = 512;
    static final int MAX_VALUE_SIZE = 4 << 20;
    static final int MAX_PER_CPU_VALUE_SIZE = 32768;
    static final long MAX_PREALLOCATED_BYTES = 1L << 30;
    static final int PAGE_SIZE = 4096;

    private MapSpecRules() {
    }

    static void check(MapSpec spec, int cpus) {
        MapType type = spec.type();
        if (!type.isSupported()) {
            throw invalid(spec, "this map type is not supported", Errno.EOPNOTSUPP);
        }
        if (cpus < 1) {
            throw invalid(spec, "the CPU count " + cpus + " must be at least 1", Errno.EINVAL);
        }
        if (spec.maxEntries() == 0) {
            throw invalid(spec, "max entries must be greater than 0", Errno.EINVAL);
        }
        if (spec.maxEntries() < 0) {
            throw invalid(spec, "max entries " + Integer.toUnsignedString(spec.maxEntries())
                    + " is more than ringzero supports (" + Integer.MAX_VALUE + ")", Errno.E2BIG);
        }
        switch (type) {
            case HASH, LRU_HASH -> checkHash(spec, MAX_VALUE_SIZE);
            case PERCPU_HASH, LRU_PERCPU_HASH -> checkHash(spec, MAX_PER_CPU_VALUE_SIZE);
            case ARRAY -> checkArray(spec, MAX_VALUE_SIZE, ValueMemory.roundUp8(spec.valueSize()));
            case PERCPU_ARRAY -> checkArray(spec, MAX_PER_CPU_VALUE_SIZE,
                    ValueMemory.roundUp8(spec.valueSize()) * cpus);
            case PROG_ARRAY -> {
                requireSize(spec, "key size", spec.keySize(), 4);
                requireSize(spec, "value size", spec.valueSize(), 4);
            }
            case QUEUE, STACK -> {
                requireSize(spec, "key size", spec.keySize(), 0);
                checkValueSize(spec, MAX_VALUE_SIZE);
                checkPreallocation(spec, ValueMemory.roundUp8(spec.valueSize()) * spec.maxEntries());
            }
            case RINGBUF -> checkRingBuffer(spec);
            case ARRAY_OF_MAPS -> {
                requireSize(spec, "key size", spec.keySize(), 4);
                requireSize(spec, "value size", spec.valueSize(), 4);
            }
            case HASH_OF_MAPS -> {
                requireSize(spec, "value size", spec.valueSize(), 4);
                checkHash(spec, 4);
            }
            default -> throw invalid(spec, "this map type is not supported", Errno.EOPNOTSUPP);
        }
    }

    /** BPF_F_NO_PREALLOC, which Linux requires of LPM tries. */
    static final int NO_PREALLOC = 1;

    /**
     * Linux's rules for the map types ringzero can describe to the verifier but not create: an LPM trie's key
     * is a u32 prefix length and 1..256 data bytes and it must be BPF_F_NO_PREALLOC; a perf event array has
     * 4-byte keys and values (max entries 0 means one per CPU, as libbpf sets it).
     */
    static void checkDescribable(MapSpec spec) {
        switch (spec.type()) {
            case LPM_TRIE -> {
                if ((spec.flags() & NO_PREALLOC) == 0) {
                    throw invalid(spec, "an LPM trie must be created with BPF_F_NO_PREALLOC", Errno.EINVAL);
                }
                if (spec.keySize() < 5 || spec.keySize() > 260) {
                    throw invalid(spec, "key size " + spec.keySize() + " must be 5..260 (a u32 prefix length and 1..256 bytes)",
                            Errno.EINVAL);
                }
                if (spec.valueSize() < 1 || spec.maxEntries() <= 0) {
                    throw invalid(spec, "value size and max entries must be greater than 0", Errno.EINVAL);
                }
            }
            case PERF_EVENT_ARRAY -> {
                checkFlags(spec, COMMON_FLAGS | PRESERVE_ELEMS);
                requireSize(spec, "key size", spec.keySize(), 4);
                requireSize(spec, "value size", spec.valueSize(), 4);
            }
            case STACK_TRACE -> {
                checkFlags(spec, COMMON_FLAGS | STACK_BUILD_ID);
                requireSize(spec, "key size", spec.keySize(), 4);
                int frame = (spec.flags() & STACK_BUILD_ID) != 0 ? 32 : 8;
                if (spec.valueSize() < frame || spec.valueSize() % frame != 0 || spec.valueSize() / frame > MAX_STACK_DEPTH) {
                    throw invalid(spec, "value size " + Integer.toUnsignedString(spec.valueSize()) + " must be a positive"
                            + " multiple of " + frame + " for at most " + MAX_STACK_DEPTH + " frames", Errno.EINVAL);
                }
                requireEntries(spec);
            }
            case CGROUP_ARRAY, XSKMAP -> fdArray(spec, COMMON_FLAGS, 4, 4);
            case DEVMAP, DEVMAP_HASH, SOCKMAP, REUSEPORT_SOCKARRAY -> fdArray(spec, COMMON_FLAGS, 4, 8);
            case CPUMAP -> {
                fdArray(spec, NUMA_NODE, 4, 8);
                if (spec.maxEntries() > MAX_CPUS) {
                    throw invalid(spec, "max entries " + spec.maxEntries() + " is more than the kernel's " + MAX_CPUS
                            + " possible CPUs (NR_CPUS)", Errno.E2BIG);
                }
            }
            case SOCKHASH -> {
                checkFlags(spec, COMMON_FLAGS);
                if (spec.keySize() == 0) {
                    throw invalid(spec, "key size must be greater than 0", Errno.EINVAL);
                }
                if (spec.keySize() < 0 || spec.keySize() > MAX_KEY_SIZE) {
                    throw invalid(spec, "key size " + Integer.toUnsignedString(spec.keySize()) + " is more than "
                            + MAX_KEY_SIZE + " bytes", Errno.E2BIG);
                }
                requireValue(spec, 4, 8);
                requireEntries(spec);
            }
            case BLOOM_FILTER -> {
                checkFlags(spec, COMMON_FLAGS | ZERO_SEED | RDONLY_PROG | WRONLY_PROG);
                requireSize(spec, "key size", spec.keySize(), 0);
                checkValueSize(spec, MAX_VALUE_SIZE);
                requireEntries(spec);
            }
            case USER_RINGBUF -> {
                checkFlags(spec, NUMA_NODE);
                checkRingBuffer(spec);
            }
            case CGROUP_STORAGE, PERCPU_CGROUP_STORAGE -> {
                checkFlags(spec, COMMON_FLAGS | RDONLY_PROG | WRONLY_PROG);
                if (spec.keySize() != 8 && spec.keySize() != 16) {
                    throw invalid(spec, "key size must be 8 (a cgroup id) or 16 (struct bpf_cgroup_storage_key), not "
                            + Integer.toUnsignedString(spec.keySize()), Errno.EINVAL);
                }
                checkValueSize(spec, spec.type() == MapType.CGROUP_STORAGE ? MAX_CGROUP_STORAGE_VALUE_SIZE
                        : MAX_PER_CPU_VALUE_SIZE);
                requireSize(spec, "max entries", spec.maxEntries(), 0);
            }
            case SK_STORAGE, TASK_STORAGE, INODE_STORAGE, CGRP_STORAGE -> {
                if ((spec.flags() & NO_PREALLOC) == 0) {
                    throw invalid(spec, "local storage must be created with BPF_F_NO_PREALLOC", Errno.EINVAL);
                }
                checkFlags(spec, NO_PREALLOC | CLONE);
                requireSize(spec, "key size", spec.keySize(), 4);
                checkValueSize(spec, MAX_LOCAL_STORAGE_VALUE_SIZE);
                requireSize(spec, "max entries", spec.maxEntries(), 0);
            }
            default -> {
                Integer allowed = switch (spec.type()) {
                    case HASH -> NO_PREALLOC | COMMON_FLAGS | ZERO_SEED | RDONLY_PROG | WRONLY_PROG;
                    case LRU_HASH -> NO_COMMON_LRU | COMMON_FLAGS | ZERO_SEED | RDONLY_PROG | WRONLY_PROG;
                    case PERCPU_HASH -> NO_PREALLOC | RDONLY | WRONLY | ZERO_SEED | RDONLY_PROG | WRONLY_PROG;
                    case LRU_PERCPU_HASH -> NO_COMMON_LRU | RDONLY | WRONLY | ZERO_SEED | RDONLY_PROG | WRONLY_PROG;
                    case ARRAY -> COMMON_FLAGS | RDONLY_PROG | WRONLY_PROG | MMAPABLE | INNER_MAP;
                    case PERCPU_ARRAY -> RDONLY | WRONLY | RDONLY_PROG | WRONLY_PROG;
                    case PROG_ARRAY -> COMMON_FLAGS;
                    case QUEUE, STACK -> COMMON_FLAGS | RDONLY_PROG | WRONLY_PROG;
                    case RINGBUF -> NUMA_NODE;
                    default -> null;
                };
                if (allowed != null) {
                    checkFlags(spec, allowed);
                }
                check(spec, 1);
            }
        }
    }

    static final int NO_COMMON_LRU = 1 << 1;
    static final int PRESERVE_ELEMS = 1 << 11;
    static final int MMAPABLE = 1 << 10;
    static final int INNER_MAP = 1 << 12;
    static final int NUMA_NODE = 1 << 2;
    static final int RDONLY = 1 << 3;
    static final int WRONLY = 1 << 4;
    static final int STACK_BUILD_ID = 1 << 5;
    static final int ZERO_SEED = 1 << 6;
    static final int RDONLY_PROG = 1 << 7;
    static final int WRONLY_PROG = 1 << 8;
    static final int CLONE = 1 << 9;
    /** BPF_F_NUMA_NODE, BPF_F_RDONLY and BPF_F_WRONLY, which most map types accept. */
    static final int COMMON_FLAGS = NUMA_NODE | RDONLY | WRONLY;
    /** sysctl kernel.perf_event_max_stack's default: the frames a stack trace map value may hold. */
    static final int MAX_STACK_DEPTH = 127;
    /** NR_CPUS of the measured kernel: a CPU map has at most this many entries. */
    static final int MAX_CPUS = 256;
    /** The largest cgroup storage value Linux 6.18 created (measured with bpftool map create). */
    static final int MAX_CGROUP_STORAGE_VALUE_SIZE = 65407;
    /** BPF_LOCAL_STORAGE_MAX_VALUE_SIZE on x86-64 (sk, task, inode and cgroup local storage). */
    static final int MAX_LOCAL_STORAGE_VALUE_SIZE = 65407;

    /** A map whose values are file descriptors (or small structs starting with one): fixed sizes, entries > 0. */
    private static void fdArray(MapSpec spec, int flags, int keySize, int maxValueSize) {
        checkFlags(spec, flags);
        requireSize(spec, "key size", spec.keySize(), keySize);
        requireValue(spec, 4, maxValueSize);
        requireEntries(spec);
    }

    private static void requireValue(MapSpec spec, int small, int large) {
        if (spec.valueSize() != small && spec.valueSize() != large) {
            throw invalid(spec, "value size must be " + small + (large == small ? "" : " or " + large) + ", not "
                    + Integer.toUnsignedString(spec.valueSize()), Errno.EINVAL);
        }
    }

    private static void requireEntries(MapSpec spec) {
        if (spec.maxEntries() == 0) {
            throw invalid(spec, "max entries must be greater than 0", Errno.EINVAL);
        }
    }

    private static void checkFlags(MapSpec spec, int allowed) {
        if ((spec.flags() & ~allowed) != 0) {
            throw invalid(spec, "flags 0x" + Integer.toHexString(spec.flags()) + " include some this map type does not"
                    + " accept (allowed: 0x" + Integer.toHexString(allowed) + ")", Errno.EINVAL);
        }
    }

    /** Linux refuses maps of maps and program arrays as inner maps. */
    static void checkInner(MapSpec outer, MapSpec inner) {
        if (inner.type().isMapOfMaps() || inner.type() == MapType.PROG_ARRAY) {
            throw invalid(outer, "the inner map cannot be a " + inner.type().bpftoolName(), Errno.EINVAL);
        }
    }

    private static void checkHash(MapSpec spec, int maxValueSize) {
        if (spec.keySize() == 0) {
            throw invalid(spec, "key size must be greater than 0", Errno.EINVAL);
        }
        if (spec.keySize() < 0 || spec.keySize() > MAX_KEY_SIZE) {
            throw invalid(spec, "key size " + Integer.toUnsignedString(spec.keySize()) + " is more than "
                    + MAX_KEY_SIZE + " bytes", Errno.E2BIG);
        }
        checkValueSize(spec, maxValueSize);
    }

    private static void checkArray(MapSpec spec, int maxValueSize, long elementSize) {
        requireSize(spec, "key size", spec.keySize(), 4);
        checkValueSize(spec, maxValueSize);
        checkPreallocation(spec, elementSize * spec.maxEntries());
    }

    private static void checkValueSize(MapSpec spec, int maxValueSize) {
        if (spec.valueSize() == 0) {
            throw invalid(spec, "value size must be greater than 0", Errno.EINVAL);
        }
        if (spec.valueSize() < 0 || spec.valueSize() > maxValueSize) {
            throw invalid(spec, "value size " + Integer.toUnsignedString(spec.valueSize()) + " is more than "
                    + maxValueSize + " bytes", Errno.E2BIG);
        }
    }

    private static void checkRingBuffer(MapSpec spec) {
        requireSize(spec, "key size", spec.keySize(), 0);
        requireSize(spec, "value size", spec.valueSize(), 0);
        int size = spec.maxEntries();
        if (Integer.bitCount(size) != 1 || size % PAGE_SIZE != 0) {
            throw invalid(spec, "max entries " + size + " (the ring size in bytes) must be a power of 2 and a"
                    + " multiple of the page size " + PAGE_SIZE, Errno.EINVAL);
        }
        checkPreallocation(spec, size);
    }

    private static void checkPreallocation(MapSpec spec, long bytes) {
        if (bytes > MAX_PREALLOCATED_BYTES) {
            throw invalid(spec, "needs " + bytes + " bytes, more than the " + MAX_PREALLOCATED_BYTES
                    + " one map may preallocate", Errno.E2BIG);
        }
    }

    private static void requireSize(MapSpec spec, String field, int actual, int required) {
        if (actual != required) {
            throw invalid(spec, field + " must be " + required + ", not " + Integer.toUnsignedString(actual),
                    Errno.EINVAL);
        }
    }

    private static InvalidMapSpecException invalid(MapSpec spec, String problem, Errno errno) {
        return new InvalidMapSpecException(spec.describe() + ": " + problem, errno);
    }
}
