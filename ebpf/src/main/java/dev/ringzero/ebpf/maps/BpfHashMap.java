package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.HashEntry;
import dev.ringzero.ebpf.maps.internal.ValueMemory;
import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * {@code BPF_MAP_TYPE_HASH}: at most max-entries elements, {@code -E2BIG} when full. An update puts a new element in
 * place of the old one, as Linux does, so readers see the old or the new value, never a mix; a program still holding
 * the old value keeps valid memory that is no longer in the map.
 */
public final class BpfHashMap extends HashMapBase<HashEntry> implements BpfMap {

    BpfHashMap(MapSpec spec) {
        super(spec);
    }

    @Override
    HashEntry newEntry(MemorySegment key, int hash, MemorySegment value) {
        return new HashEntry(key, hash, value);
    }

    @Override
    public MemorySegment lookupElement(MemorySegment key) {
        HashEntry entry = find(key);
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
        return replaceOrInsert(key, ValueMemory.copyOf(value, spec.valueSize()), mode);
    }

    @Override
    public MemorySegment lookupAndDeleteElement(MemorySegment key) {
        MapArguments.requireKey(spec, key);
        HashEntry removed = removeKey(key);
        return removed == null ? null : removed.value();
    }

    @Override
    public Optional<byte[]> lookup(byte[] key) {
        HashEntry entry = find(MapArguments.key(spec, key));
        return entry == null ? Optional.empty() : Optional.of(MapArguments.bytes(entry.value()));
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        return updateElement(MapArguments.key(spec, key), MapArguments.value(spec, value, spec.valueSize()), flags);
    }
}
