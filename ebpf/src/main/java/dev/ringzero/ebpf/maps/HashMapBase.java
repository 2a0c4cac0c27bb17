package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.HashEntry;
import dev.ringzero.ebpf.maps.internal.HashTable;
import dev.ringzero.ebpf.maps.internal.ValueMemory;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the four hash map types share: the table, key iteration, deletion and the two update styles Linux uses
 * (replace the element, for plain hashes; write the value in place, for per-CPU hashes).
 *
 * @param <E> the entry type
 */
abstract class HashMapBase<E extends HashEntry> {
    protected final MapSpec spec;
    protected final HashTable<E> table;

    HashMapBase(MapSpec spec) {
        this.spec = spec;
        this.table = new HashTable<>(spec.keySize(), spec.maxEntries());
    }

    public MapSpec spec() {
        return spec;
    }

    public int size() {
        return table.size();
    }

    /** Makes an entry; the key is already a private copy. */
    abstract E newEntry(MemorySegment key, int hash, MemorySegment value);

    /** Adds a new element (LRU maps evict here). */
    HashTable.Insertion insertNew(E fresh) {
        return table.insert(fresh);
    }

    /** Puts {@code fresh} in place of {@code old}; false if {@code old} is gone. */
    boolean replaceEntry(E old, E fresh) {
        return table.replace(old, fresh);
    }

    /** Removes the element with this key, returning it, or null. */
    E removeKey(MemorySegment key) {
        return table.remove(key);
    }

    final E find(MemorySegment key) {
        MapArguments.requireKey(spec, key);
        return table.find(key);
    }

    /** Linux's plain-hash update: a new element with {@code value} takes the old one's place. */
    final int replaceOrInsert(MemorySegment key, MemorySegment value, UpdateMode mode) {
        for (;;) {
            E old = table.find(key);
            if (old != null) {
                if (mode == UpdateMode.NOEXIST) {
                    return Errno.EEXIST.negated();
                }
                if (replaceEntry(old, newEntry(old.key(), old.hash(), value))) {
                    return 0;
                }
            } else {
                if (mode == UpdateMode.EXIST) {
                    return Errno.ENOENT.negated();
                }
                int outcome = insertFresh(key, value, mode);
                if (outcome <= 0) {
                    return outcome;
                }
            }
        }
    }

    /** Linux's per-CPU update: {@code writer} writes into the existing block, or a new zeroed one. */
    final int writeOrInsert(MemorySegment key, UpdateMode mode, long blockSize, Consumer<MemorySegment> writer) {
        for (;;) {
            E old = table.find(key);
            if (old != null) {
                if (mode == UpdateMode.NOEXIST) {
                    return Errno.EEXIST.negated();
                }
                writer.accept(old.value());
                return 0;
            }
            if (mode == UpdateMode.EXIST) {
                return Errno.ENOENT.negated();
            }
            MemorySegment block = ValueMemory.allocate(blockSize);
            writer.accept(block);
            int outcome = insertFresh(key, block, mode);
            if (outcome <= 0) {
                return outcome;
            }
        }
    }

    /** 0 when inserted, a negated errno, or 1 to try again (a concurrent insert of the same key won the race). */
    private int insertFresh(MemorySegment key, MemorySegment value, UpdateMode mode) {
        MemorySegment keyCopy = ValueMemory.copyOf(key, spec.keySize());
        return switch (insertNew(newEntry(keyCopy, table.hash(keyCopy), value))) {
            case INSERTED -> 0;
            case FULL -> Errno.E2BIG.negated();
            case KEY_EXISTS -> mode == UpdateMode.NOEXIST ? Errno.EEXIST.negated() : 1;
        };
    }

    public int deleteElement(MemorySegment key) {
        MapArguments.requireKey(spec, key);
        return removeKey(key) == null ? Errno.ENOENT.negated() : 0;
    }

    public int delete(byte[] key) {
        return deleteElement(MapArguments.key(spec, key));
    }

    public Optional<byte[]> nextKey(byte[] key) {
        E next = table.next(key == null ? null : MapArguments.key(spec, key));
        return next == null ? Optional.empty() : Optional.of(MapArguments.bytes(next.key()));
    }

    public List<byte[]> keys() {
        List<byte[]> keys = new ArrayList<>();
        table.forEach(entry -> keys.add(MapArguments.bytes(entry.key())));
        return keys;
    }

    public List<MapEntry> entries() {
        List<MapEntry> entries = new ArrayList<>();
        table.forEach(entry -> entries.add(
                new MapEntry(MapArguments.bytes(entry.key()), MapArguments.bytes(entry.value()))));
        return entries;
    }

    static UpdateMode mode(long flags) {
        return UpdateMode.decode(flags);
    }

    @Override
    public String toString() {
        return spec.describe() + " with " + size() + " of " + spec.maxEntries() + " entries";
    }
}
