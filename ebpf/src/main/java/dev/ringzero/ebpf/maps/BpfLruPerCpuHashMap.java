package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.LruEntry;
import dev.ringzero.ebpf.maps.internal.PerCpuLayout;
import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * {@code BPF_MAP_TYPE_LRU_PERCPU_HASH}: the eviction of {@link BpfLruHashMap} with the per-CPU values of
 * {@link BpfPerCpuHashMap}.
 */
public final class BpfLruPerCpuHashMap extends LruHashMapBase implements BpfMap {
    private final PerCpuLayout layout;

    BpfLruPerCpuHashMap(MapSpec spec, int cpus) {
        super(spec);
        this.layout = new PerCpuLayout(cpus, spec.valueSize());
    }

    /** The number of CPUs each element has a value for. */
    public int cpus() {
        return layout.cpus();
    }

    /**
     * {@code bpf_map_lookup_percpu_elem}: CPU {@code cpu}'s live value for {@code key}, or null if there is none or the
     * CPU is out of range.
     */
    public MemorySegment lookupElementOnCpu(MemorySegment key, int cpu) {
        LruEntry entry = findAndTouch(key);
        return entry == null || cpu < 0 || cpu >= layout.cpus() ? null : layout.slot(entry.value(), cpu);
    }

    @Override
    public long userValueSize() {
        return layout.blockSize();
    }

    @Override
    public MemorySegment lookupElement(MemorySegment key) {
        LruEntry entry = findAndTouch(key);
        return entry == null ? null : layout.slot(entry.value(), CurrentCpu.index(layout.cpus()));
    }

    @Override
    public int updateElement(MemorySegment key, MemorySegment value, long flags) {
        MapArguments.requireKey(spec, key);
        MapArguments.requireValue(spec, value, spec.valueSize());
        UpdateMode mode = mode(flags);
        if (mode == null) {
            return Errno.EINVAL.negated();
        }
        int cpu = CurrentCpu.index(layout.cpus());
        return locked(() -> writeOrInsert(key, mode, layout.blockSize(),
                block -> MemorySegment.copy(value, 0, layout.slot(block, cpu), 0, spec.valueSize())));
    }

    @Override
    public MemorySegment lookupAndDeleteElement(MemorySegment key) {
        MapArguments.requireKey(spec, key);
        LruEntry removed = removeKey(key);
        return removed == null ? null : layout.slot(removed.value(), CurrentCpu.index(layout.cpus()));
    }

    @Override
    public Optional<byte[]> lookup(byte[] key) {
        LruEntry entry = find(MapArguments.key(spec, key));
        return entry == null ? Optional.empty() : Optional.of(MapArguments.bytes(entry.value()));
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        MemorySegment keySegment = MapArguments.key(spec, key);
        MemorySegment all = MapArguments.value(spec, value, layout.blockSize());
        UpdateMode mode = mode(flags);
        if (mode == null) {
            return Errno.EINVAL.negated();
        }
        return locked(() -> writeOrInsert(keySegment, mode, layout.blockSize(),
                block -> MemorySegment.copy(all, 0, block, 0, layout.blockSize())));
    }
}
