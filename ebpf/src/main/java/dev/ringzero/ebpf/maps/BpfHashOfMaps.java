package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.HashEntry;
import dev.ringzero.ebpf.maps.internal.HashTable;
import dev.ringzero.ebpf.maps.internal.ValueMemory;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code BPF_MAP_TYPE_HASH_OF_MAPS}: a hash map whose values are other maps, all shaped like the inner-map
 * definition given at creation, with the hash rules for flags and fullness. As for {@link BpfArrayOfMaps}, a
 * program's lookup yields the inner map ({@link #innerMap(MemorySegment)}); user space sees map ids and fills
 * entries with {@link #put(byte[], int, BpfMap, long)}.
 */
public final class BpfHashOfMaps implements BpfMap {

    /** An entry: the key, the map's id (as the 4-byte value) and the map. */
    private static final class MapEntryNode extends HashEntry {
        private final BpfMap map;

        MapEntryNode(MemorySegment key, int hash, int mapId, BpfMap map) {
            super(key, hash, MemorySegment.ofArray(InnerMaps.idBytes(mapId)));
            this.map = map;
        }
    }

    private final MapSpec spec;
    private final MapSpec innerTemplate;
    private final HashTable<MapEntryNode> table;

    BpfHashOfMaps(MapSpec spec, MapSpec innerTemplate) {
        this.spec = spec;
        this.innerTemplate = innerTemplate;
        this.table = new HashTable<>(spec.keySize(), spec.maxEntries());
    }

    @Override
    public MapSpec spec() {
        return spec;
    }

    /** The definition every inner map must match. */
    public MapSpec innerTemplate() {
        return innerTemplate;
    }

    @Override
    public int size() {
        return table.size();
    }

    /** {@code bpf_map_lookup_elem} on a map of maps: the inner map for {@code key}, or null. */
    public BpfMap innerMap(MemorySegment key) {
        MapArguments.requireKey(spec, key);
        MapEntryNode entry = table.find(key);
        return entry == null ? null : entry.map;
    }

    /**
     * Puts {@code inner} (with id {@code mapId}) under {@code key}, with the hash update flags: 0, {@code -EEXIST},
     * {@code -ENOENT}, {@code -E2BIG} when full, or {@code -EINVAL} for bad flags or a map that does not match the
     * inner-map definition.
     */
    public int put(byte[] key, int mapId, BpfMap inner, long flags) {
        MemorySegment keySegment = MapArguments.key(spec, key);
        if (inner == null) {
            throw new InvalidMapArgumentException(spec.describe() + ": the inner map is missing");
        }
        UpdateMode mode = UpdateMode.decode(flags);
        if (mode == null || !InnerMaps.fits(innerTemplate, inner)) {
            return Errno.EINVAL.negated();
        }
        for (;;) {
            MapEntryNode old = table.find(keySegment);
            if (old != null) {
                if (mode == UpdateMode.NOEXIST) {
                    return Errno.EEXIST.negated();
                }
                if (table.replace(old, new MapEntryNode(old.key(), old.hash(), mapId, inner))) {
                    return 0;
                }
                continue;
            }
            if (mode == UpdateMode.EXIST) {
                return Errno.ENOENT.negated();
            }
            MemorySegment keyCopy = ValueMemory.copyOf(keySegment, spec.keySize());
            HashTable.Insertion outcome = table.insert(new MapEntryNode(keyCopy, table.hash(keyCopy), mapId, inner));
            switch (outcome) {
                case INSERTED -> {
                    return 0;
                }
                case FULL -> {
                    return Errno.E2BIG.negated();
                }
                case KEY_EXISTS -> {
                    if (mode == UpdateMode.NOEXIST) {
                        return Errno.EEXIST.negated();
                    }
                }
            }
        }
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
        MapEntryNode entry = table.find(MapArguments.key(spec, key));
        return entry == null ? Optional.empty() : Optional.of(MapArguments.bytes(entry.value()));
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        MapArguments.key(spec, key);
        return Errno.EOPNOTSUPP.negated();
    }

    @Override
    public int delete(byte[] key) {
        return table.remove(MapArguments.key(spec, key)) == null ? Errno.ENOENT.negated() : 0;
    }

    @Override
    public Optional<byte[]> nextKey(byte[] key) {
        MapEntryNode next = table.next(key == null ? null : MapArguments.key(spec, key));
        return next == null ? Optional.empty() : Optional.of(MapArguments.bytes(next.key()));
    }

    @Override
    public List<byte[]> keys() {
        List<byte[]> keys = new ArrayList<>();
        table.forEach(entry -> keys.add(MapArguments.bytes(entry.key())));
        return keys;
    }

    @Override
    public String toString() {
        return spec.describe() + " with " + size() + " of " + spec.maxEntries() + " maps";
    }
}
