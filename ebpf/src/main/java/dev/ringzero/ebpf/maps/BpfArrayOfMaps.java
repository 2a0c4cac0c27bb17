package dev.ringzero.ebpf.maps;

import java.lang.foreign.MemorySegment;

/**
 * {@code BPF_MAP_TYPE_ARRAY_OF_MAPS}: an array whose slots hold other maps, all shaped like the inner-map definition
 * given at creation. A program's lookup yields the inner map itself ({@link #innerMap(MemorySegment)}), not memory,
 * so {@link #lookupElement(MemorySegment)} is null and helpers ask for the inner map instead; programs cannot change
 * the array. User space sees each slot's map id as a 4-byte little-endian value and may delete a slot; to fill one it
 * needs the map object, so it calls {@link #set(int, int, BpfMap)}.
 */
public final class BpfArrayOfMaps extends SlotArrayBase<BpfArrayOfMaps.Slot> implements BpfMap {

    /** A map in a slot, with its id. */
    public record Slot(int mapId, BpfMap map) {
    }

    private final MapSpec innerTemplate;

    BpfArrayOfMaps(MapSpec spec, MapSpec innerTemplate) {
        super(spec);
        this.innerTemplate = innerTemplate;
    }

    /** The definition every inner map must match. */
    public MapSpec innerTemplate() {
        return innerTemplate;
    }

    /** {@code bpf_map_lookup_elem} on a map of maps: the inner map for {@code key}, or null. */
    public BpfMap innerMap(MemorySegment key) {
        Slot slot = slotAt(index(key));
        return slot == null ? null : slot.map();
    }

    /**
     * Puts {@code inner} (with id {@code mapId}) in slot {@code index}: 0, {@code -E2BIG} out of range, or
     * {@code -EINVAL} if it does not match the inner-map definition.
     */
    public int set(int index, int mapId, BpfMap inner) {
        if (inner == null) {
            throw new InvalidMapArgumentException(spec.describe() + ": the map for slot " + index + " is missing");
        }
        if (index < 0 || index >= slots.length()) {
            return Errno.E2BIG.negated();
        }
        if (!InnerMaps.fits(innerTemplate, inner)) {
            return Errno.EINVAL.negated();
        }
        slots.set(index, new Slot(mapId, inner));
        return 0;
    }

    @Override
    int idOf(Slot slot) {
        return slot.mapId();
    }
}
