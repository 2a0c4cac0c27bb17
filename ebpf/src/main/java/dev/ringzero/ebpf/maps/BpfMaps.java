package dev.ringzero.ebpf.maps;

/** Creates maps from their definitions, after checking them as {@code BPF_MAP_CREATE} does. */
public final class BpfMaps {
    private BpfMaps() {
    }

    /** A map for {@code spec}; per-CPU maps get one value per available processor. */
    public static BpfMap create(MapSpec spec) {
        return create(spec, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A map for {@code spec}; per-CPU maps get {@code cpus} values per element.
     *
     * @throws InvalidMapSpecException if the type is not supported or the definition breaks its rules
     */
    public static BpfMap create(MapSpec spec, int cpus) {
        if (spec == null) {
            throw new InvalidMapSpecException("the map definition is missing", Errno.EINVAL);
        }
        MapSpecRules.check(spec, cpus);
        return switch (spec.type()) {
            case HASH -> new BpfHashMap(spec);
            case PERCPU_HASH -> new BpfPerCpuHashMap(spec, cpus);
            case LRU_HASH -> new BpfLruHashMap(spec);
            case LRU_PERCPU_HASH -> new BpfLruPerCpuHashMap(spec, cpus);
            case ARRAY -> new BpfArrayMap(spec);
            case PERCPU_ARRAY -> new BpfPerCpuArrayMap(spec, cpus);
            case PROG_ARRAY -> new BpfProgramArray(spec);
            case QUEUE -> new BpfQueueMap(spec);
            case STACK -> new BpfStackMap(spec);
            case RINGBUF -> new BpfRingBuffer(spec);
            default -> throw new InvalidMapSpecException(spec.describe() + ": this map type is not supported",
                    Errno.EOPNOTSUPP);
        };
    }
}
