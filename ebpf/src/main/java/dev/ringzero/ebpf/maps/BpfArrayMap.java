package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.ValueMemory;
import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * {@code BPF_MAP_TYPE_ARRAY}: max-entries zero-initialized values indexed by a 4-byte key, each 8-byte aligned.
 * Updates copy into the element in place (readers may see a partly copied value, as on Linux); lookups past the end
 * find nothing, updates past the end answer {@code -E2BIG}.
 */
public final class BpfArrayMap extends ArrayMapBase implements BpfMap {

    BpfArrayMap(MapSpec spec) {
        super(spec, ValueMemory.roundUp8(spec.valueSize()));
    }

    @Override
    public MemorySegment lookupElement(MemorySegment key) {
        long index = index(key);
        return index < 0 ? null : elements.asSlice(index * elementSize, spec.valueSize());
    }

    @Override
    public int updateElement(MemorySegment key, MemorySegment value, long flags) {
        long index = index(key);
        MapArguments.requireValue(spec, value, spec.valueSize());
        int check = checkUpdate(index, flags);
        if (check == 0) {
            MemorySegment.copy(value, 0, elements, index * elementSize, spec.valueSize());
        }
        return check;
    }

    @Override
    public Optional<byte[]> lookup(byte[] key) {
        MemorySegment value = lookupElement(MapArguments.key(spec, key));
        return value == null ? Optional.empty() : Optional.of(MapArguments.bytes(value));
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        return updateElement(MapArguments.key(spec, key), MapArguments.value(spec, value, spec.valueSize()), flags);
    }
}
