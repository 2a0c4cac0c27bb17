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
            case ARRAY_OF_MAPS, HASH_OF_MAPS -> throw new InvalidMapSpecException(spec.describe()
                    + ": a map of maps needs the inner map's definition (createMapOfMaps)", Errno.EINVAL);
            default -> throw new InvalidMapSpecException(spec.describe() + ": this map type is not supported",
                    Errno.EOPNOTSUPP);
        };
    }

    /**
     * Checks a definition against Linux's rules without creating the map: every type ringzero creates, plus
     * the LPM trie and the perf event array, which it can describe (to the verifier) but not create.
     *
     * @throws InvalidMapSpecException naming the broken rule, or the type when ringzero knows no rules for it
     */
    public static void validate(MapSpec spec) {
        MapSpecRules.checkDescribable(spec);
    }

    /**
     * A map of maps for {@code spec} whose inner maps must all match {@code innerTemplate} (type, key size, value
     * size, max entries and flags), as Linux checks against the map given by {@code inner_map_fd}.
     *
     * @throws InvalidMapSpecException if {@code spec} is not a map of maps, or either definition breaks its rules
     */
    public static BpfMap createMapOfMaps(MapSpec spec, MapSpec innerTemplate) {
        if (spec == null || innerTemplate == null) {
            throw new InvalidMapSpecException("the map definition or its inner map definition is missing",
                    Errno.EINVAL);
        }
        if (!spec.type().isMapOfMaps()) {
            throw new InvalidMapSpecException(spec.describe() + ": only array_of_maps and hash_of_maps have inner maps",
                    Errno.EINVAL);
        }
        MapSpecRules.checkInner(spec, innerTemplate);
        MapSpecRules.check(innerTemplate, 1);
        MapSpecRules.check(spec, 1);
        return spec.type() == MapType.ARRAY_OF_MAPS
                ? new BpfArrayOfMaps(spec, innerTemplate)
                : new BpfHashOfMaps(spec, innerTemplate);
    }
}
