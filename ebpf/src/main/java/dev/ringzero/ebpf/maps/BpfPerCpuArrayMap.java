package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.PerCpuLayout;
import java.lang.foreign.MemorySegment;

/**
 * {@code BPF_MAP_TYPE_PERCPU_ARRAY}: an array whose elements hold one value per CPU ({@link CurrentCpu} picks the
 * calling thread's). Programs see their CPU's value; user space reads and writes all CPUs' values, each rounded up
 * to 8 bytes.
 */
public final class BpfPerCpuArrayMap extends ArrayMapBase implements BpfMap {
    private final PerCpuLayout layout;

    BpfPerCpuArrayMap(MapSpec spec, int cpus) {
        this(spec, new PerCpuLayout(cpus, spec.valueSize()));
    }

    private BpfPerCpuArrayMap(MapSpec spec, PerCpuLayout layout) {
        super(spec, layout.blockSize());
        this.layout = layout;
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
        long index = index(key);
        return index < 0 || cpu < 0 || cpu >= layout.cpus() ? null : layout.slot(element(index), cpu);
    }

    @Override
    public long userValueSize() {
        return layout.blockSize();
    }

    @Override
    public MemorySegment lookupElement(MemorySegment key) {
        long index = index(key);
        return index < 0 ? null : layout.slot(element(index), CurrentCpu.index(layout.cpus()));
    }

    @Override
    public int updateElement(MemorySegment key, MemorySegment value, long flags) {
        long index = index(key);
        MapArguments.requireValue(spec, value, spec.valueSize());
        int check = checkUpdate(index, flags);
        if (check == 0) {
            MemorySegment.copy(value, 0, layout.slot(element(index), CurrentCpu.index(layout.cpus())), 0,
                    spec.valueSize());
        }
        return check;
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        long index = index(MapArguments.key(spec, key));
        MemorySegment all = MapArguments.value(spec, value, layout.blockSize());
        int check = checkUpdate(index, flags);
        if (check == 0) {
            MemorySegment.copy(all, 0, element(index), 0, layout.blockSize());
        }
        return check;
    }
}
