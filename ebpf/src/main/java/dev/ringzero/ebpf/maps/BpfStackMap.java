package dev.ringzero.ebpf.maps;

import java.lang.foreign.MemorySegment;

/**
 * {@code BPF_MAP_TYPE_STACK}: last in, first out; a push with BPF_EXIST on a full stack drops the oldest (bottom)
 * value, as Linux does. See {@link QueueStackBase} for the shared rules.
 */
public final class BpfStackMap extends QueueStackBase implements BpfMap {

    BpfStackMap(MapSpec spec) {
        super(spec);
    }

    @Override
    boolean takeNext(MemorySegment out, boolean remove) {
        return values.takeNewest(out, remove);
    }
}
