package dev.ringzero.ebpf.maps;

import dev.ringzero.ebpf.maps.internal.HashTable;
import dev.ringzero.ebpf.maps.internal.LruEntry;
import dev.ringzero.ebpf.maps.internal.LruList;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

/**
 * What the LRU hash types share: lookups stay lock-free and only mark the element used; changes take one lock,
 * and an insert into a full map first evicts the element the {@link LruList} names. The map therefore never holds
 * more than max-entries elements and never answers {@code -E2BIG}. User-space lookups do not count as uses (as
 * Linux's system-call lookup does not).
 */
abstract class LruHashMapBase extends HashMapBase<LruEntry> {
    private final ReentrantLock lock = new ReentrantLock();
    private final LruList order = new LruList();

    LruHashMapBase(MapSpec spec) {
        super(spec);
    }

    @Override
    final LruEntry newEntry(MemorySegment key, int hash, MemorySegment value) {
        return new LruEntry(key, hash, value);
    }

    /** Runs a change under the map's lock. */
    final int locked(IntSupplier change) {
        lock.lock();
        try {
            return change.getAsInt();
        } finally {
            lock.unlock();
        }
    }

    /** The element for {@code key}, marked as used, or null. */
    final LruEntry findAndTouch(MemorySegment key) {
        LruEntry entry = find(key);
        if (entry != null) {
            entry.touch();
        }
        return entry;
    }

    @Override
    final HashTable.Insertion insertNew(LruEntry fresh) {
        if (table.size() >= spec.maxEntries()) {
            LruEntry victim = order.victim();
            if (victim != null && table.remove(victim)) {
                order.remove(victim);
            }
        }
        HashTable.Insertion outcome = table.insert(fresh);
        if (outcome == HashTable.Insertion.INSERTED) {
            order.add(fresh);
        }
        return outcome;
    }

    @Override
    final boolean replaceEntry(LruEntry old, LruEntry fresh) {
        if (!table.replace(old, fresh)) {
            return false;
        }
        order.remove(old);
        order.add(fresh);
        return true;
    }

    @Override
    final LruEntry removeKey(MemorySegment key) {
        lock.lock();
        try {
            LruEntry removed = table.remove(key);
            if (removed != null) {
                order.remove(removed);
            }
            return removed;
        } finally {
            lock.unlock();
        }
    }
}
