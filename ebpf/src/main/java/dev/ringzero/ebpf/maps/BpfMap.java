package dev.ringzero.ebpf.maps;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An eBPF map, safe for concurrent use by any number of threads. It has two faces.
 *
 * <p><b>Program side</b> (what helpers call): keys and values are {@link MemorySegment}s from program memory (only
 * the first key-size / value-size bytes are read), results are 0 or a negated {@link Errno}, as Linux's helpers
 * return. {@link #lookupElement(MemorySegment)} returns the live value: a program reads and writes it in place,
 * including with atomic instructions (values are 8-byte aligned and never move). A value removed from a hash map
 * stays valid memory for as long as someone holds it; it is simply no longer in the map.
 *
 * <p><b>User side</b> (what {@code bpf(2)}, bpftool, {@code netsh} and Studio use): keys and values are byte arrays,
 * copied in and out; per-CPU maps take and give every CPU's value, each rounded up to 8 bytes
 * ({@link #userValueSize()}).
 *
 * <p>Operations a type does not have answer as Linux does where it defines an answer (an array's delete is
 * {@code -EINVAL}), else with {@code -EOPNOTSUPP}.
 */
public sealed interface BpfMap
        permits BpfHashMap, BpfPerCpuHashMap, BpfLruHashMap, BpfLruPerCpuHashMap, BpfArrayMap, BpfPerCpuArrayMap,
                BpfProgramArray, BpfArrayOfMaps, BpfHashOfMaps, BpfQueueMap, BpfStackMap, BpfRingBuffer {

    /** The definition this map was created from. */
    MapSpec spec();

    default MapType type() {
        return spec().type();
    }

    default String name() {
        return spec().name();
    }

    default int keySize() {
        return spec().keySize();
    }

    default int valueSize() {
        return spec().valueSize();
    }

    default int maxEntries() {
        return spec().maxEntries();
    }

    /** The size of a value through the user-side API: the value size, or every CPU's slot for per-CPU maps. */
    default long userValueSize() {
        return valueSize();
    }

    /** The number of elements the map holds now (an array's is its max entries). */
    int size();

    // ---- program side ------------------------------------------------------------------------------------------

    /** {@code bpf_map_lookup_elem}: the live value for {@code key}, or null if there is none. */
    MemorySegment lookupElement(MemorySegment key);

    /** {@code bpf_map_update_elem}: copies {@code value} in under {@code key}; 0 or a negated errno. */
    int updateElement(MemorySegment key, MemorySegment value, long flags);

    /** {@code bpf_map_delete_elem}: 0 or a negated errno. */
    int deleteElement(MemorySegment key);

    /**
     * eBPF for Windows' {@code bpf_map_lookup_and_delete_elem}: removes the element and returns its value (still
     * valid memory), or null if there was none or the type cannot delete.
     */
    default MemorySegment lookupAndDeleteElement(MemorySegment key) {
        return null;
    }

    /** {@code bpf_map_push_elem} (queues and stacks): 0 or a negated errno. */
    default int pushElement(MemorySegment value, long flags) {
        return Errno.EOPNOTSUPP.negated();
    }

    /** {@code bpf_map_pop_elem} (queues and stacks): copies the value into {@code out}; 0 or a negated errno. */
    default int popElement(MemorySegment out) {
        return Errno.EOPNOTSUPP.negated();
    }

    /** {@code bpf_map_peek_elem} (queues and stacks): copies the value into {@code out}; 0 or a negated errno. */
    default int peekElement(MemorySegment out) {
        return Errno.EOPNOTSUPP.negated();
    }

    // ---- user side ---------------------------------------------------------------------------------------------

    /** {@code BPF_MAP_LOOKUP_ELEM}: a copy of the value for {@code key}, empty if there is none. */
    Optional<byte[]> lookup(byte[] key);

    /** {@code BPF_MAP_UPDATE_ELEM}: 0 or a negated errno. */
    int update(byte[] key, byte[] value, long flags);

    /** {@code BPF_MAP_DELETE_ELEM}: 0 or a negated errno. */
    int delete(byte[] key);

    /**
     * {@code BPF_MAP_GET_NEXT_KEY}: the key after {@code key}, or the first key when {@code key} is null; empty after
     * the last key (Linux's {@code -ENOENT}) and for types without keys.
     */
    Optional<byte[]> nextKey(byte[] key);

    /** Every key, in {@link #nextKey(byte[])} order: a snapshot that may miss concurrent changes. */
    default List<byte[]> keys() {
        List<byte[]> keys = new ArrayList<>();
        Optional<byte[]> key = nextKey(null);
        while (key.isPresent() && keys.size() <= maxEntries()) {
            keys.add(key.get());
            key = nextKey(key.get());
        }
        return keys;
    }

    /** Every key with its value, in key order; elements deleted while iterating are left out. */
    default List<MapEntry> entries() {
        List<MapEntry> entries = new ArrayList<>();
        for (byte[] key : keys()) {
            lookup(key).ifPresent(value -> entries.add(new MapEntry(key, value)));
        }
        return entries;
    }
}
