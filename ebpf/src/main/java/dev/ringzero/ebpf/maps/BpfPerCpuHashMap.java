package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.HashEntry;
import dev.ringzero.ebpf.maps.internal.PerCpuLayout;
import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * {@code BPF_MAP_TYPE_PERCPU_HASH}: each element holds one value per CPU ({@link CurrentCpu} picks the calling
 * thread's). Programs see and update their CPU's value; a new element starts with the other CPUs' values zeroed.
 * User space reads and writes all CPUs' values, each rounded up to 8 bytes. Updates of existing elements write in
 * place, as Linux does.
 */
public final class BpfPerCpuHashMap extends HashMapBase<HashEntry> implements BpfMap {
    private final PerCpuLayout layout;

    BpfPerCpuHashMap(MapSpec spec, int cpus) {
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
        HashEntry entry = find(key);
        return entry == null || cpu < 0 || cpu >= layout.cpus() ? null : layout.slot(entry.value(), cpu);
    }

    @Override
    public long userValueSize() {
        return layout.blockSize();
    }

    @Override
    HashEntry newEntry(MemorySegment key, int hash, MemorySegment value) {
        return new HashEntry(key, hash, value);
    }

    @Override
    public MemorySegment lookupElement(MemorySegment key) {
        HashEntry entry = find(key);
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
        return writeOrInsert(key, mode, layout.blockSize(),
                block -> MemorySegment.copy(value, 0, layout.slot(block, cpu), 0, spec.valueSize()));
    }

    @Override
    public MemorySegment lookupAndDeleteElement(MemorySegment key) {
        MapArguments.requireKey(spec, key);
        HashEntry removed = removeKey(key);
        return removed == null ? null : layout.slot(removed.value(), CurrentCpu.index(layout.cpus()));
    }

    @Override
    public Optional<byte[]> lookup(byte[] key) {
        HashEntry entry = find(MapArguments.key(spec, key));
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
        return writeOrInsert(keySegment, mode, layout.blockSize(),
                block -> MemorySegment.copy(all, 0, block, 0, layout.blockSize()));
    }
}
