package dev.ringzero.ebpf.maps;

import java.lang.foreign.MemorySegment;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code BPF_MAP_TYPE_ARRAY_OF_MAPS}: an array whose slots hold other maps, all shaped like the inner-map definition
 * given at creation. A program's lookup yields the inner map itself ({@link #innerMap(MemorySegment)}), not memory,
 * so {@link #lookupElement(MemorySegment)} is null and helpers ask for the inner map instead; programs cannot change
 * the array. User space sees each slot's map id as a 4-byte little-endian value and may delete a slot; to fill one it
 * needs the map object, so it calls {@link #set(int, int, BpfMap)}.
 */
public final class BpfArrayOfMaps extends ArrayMapBase implements BpfMap {

    /** A map in a slot, with its id. */
    public record Slot(int mapId, BpfMap map) {
    }

    private final MapSpec innerTemplate;
    private final AtomicReferenceArray<Slot> slots;

    BpfArrayOfMaps(MapSpec spec, MapSpec innerTemplate) {
        super(spec, 0);
        this.innerTemplate = innerTemplate;
        this.slots = new AtomicReferenceArray<>(spec.maxEntries());
    }

    /** The definition every inner map must match. */
    public MapSpec innerTemplate() {
        return innerTemplate;
    }

    /** {@code bpf_map_lookup_elem} on a map of maps: the inner map for {@code key}, or null. */
    public BpfMap innerMap(MemorySegment key) {
        long index = index(key);
        Slot slot = index < 0 ? null : slots.get((int) index);
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

    /** Empties slot {@code index}: 0, {@code -ENOENT} if it was empty, {@code -E2BIG} out of range. */
    public int clear(int index) {
        if (index < 0 || index >= slots.length()) {
            return Errno.E2BIG.negated();
        }
        return slots.getAndSet(index, null) == null ? Errno.ENOENT.negated() : 0;
    }

    @Override
    public int size() {
        int filled = 0;
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) != null) {
                filled++;
            }
        }
        return filled;
    }

    @Override
    public MemorySegment lookupElement(MemorySegment key) {
        return null;
    }

    @Override
    public int updateElement(MemorySegment key, MemorySegment value, long flags) {
        return Errno.EOPNOTSUPP.negated();
    }

    @Override
    public int deleteElement(MemorySegment key) {
        return Errno.EOPNOTSUPP.negated();
    }

    @Override
    public Optional<byte[]> lookup(byte[] key) {
        long index = index(MapArguments.key(spec, key));
        Slot slot = index < 0 ? null : slots.get((int) index);
        return slot == null ? Optional.empty() : Optional.of(InnerMaps.idBytes(slot.mapId()));
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        MapArguments.key(spec, key);
        return Errno.EOPNOTSUPP.negated();
    }

    @Override
    public int delete(byte[] key) {
        long index = index(MapArguments.key(spec, key));
        return index < 0 ? Errno.E2BIG.negated() : clear((int) index);
    }
}
