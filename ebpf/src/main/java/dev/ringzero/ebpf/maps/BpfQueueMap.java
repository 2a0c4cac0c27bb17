package dev.ringzero.ebpf.maps;

import java.lang.foreign.MemorySegment;

/** {@code BPF_MAP_TYPE_QUEUE}: first in, first out; see {@link QueueStackBase} for the shared rules. */
public final class BpfQueueMap extends QueueStackBase implements BpfMap {

    BpfQueueMap(MapSpec spec) {
        super(spec);
    }

    @Override
    boolean takeNext(MemorySegment out, boolean remove) {
        return values.takeOldest(out, remove);
    }
}
