package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.LruEntry;
import dev.ringzero.ebpf.maps.internal.ValueMemory;
import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * {@code BPF_MAP_TYPE_LRU_HASH}: a hash map that, when full, evicts the least recently used element to make room
 * instead of failing (second-chance approximation, as Linux's). Updates replace the element, as in
 * {@link BpfHashMap}.
 */
public final class BpfLruHashMap extends LruHashMapBase implements BpfMap {

    BpfLruHashMap(MapSpec spec) {
        super(spec);
    }

    @Override
    public MemorySegment lookupElement(MemorySegment key) {
        LruEntry entry = findAndTouch(key);
        return entry == null ? null : entry.value();
    }

    @Override
    public int updateElement(MemorySegment key, MemorySegment value, long flags) {
        MapArguments.requireKey(spec, key);
        MapArguments.requireValue(spec, value, spec.valueSize());
        UpdateMode mode = mode(flags);
        if (mode == null) {
            return Errno.EINVAL.negated();
        }
        MemorySegment copy = ValueMemory.copyOf(value, spec.valueSize());
        return locked(() -> replaceOrInsert(key, copy, mode));
    }

    @Override
    public MemorySegment lookupAndDeleteElement(MemorySegment key) {
        MapArguments.requireKey(spec, key);
        LruEntry removed = removeKey(key);
        return removed == null ? null : removed.value();
    }

    @Override
    public Optional<byte[]> lookup(byte[] key) {
        LruEntry entry = find(MapArguments.key(spec, key));
        return entry == null ? Optional.empty() : Optional.of(MapArguments.bytes(entry.value()));
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        return updateElement(MapArguments.key(spec, key), MapArguments.value(spec, value, spec.valueSize()), flags);
    }
}
