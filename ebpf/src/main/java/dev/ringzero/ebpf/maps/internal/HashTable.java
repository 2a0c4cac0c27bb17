package dev.ringzero.ebpf.maps.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * A concurrent hash table with a fixed number of buckets (one to two per element, so chains stay short), like
 * Linux's {@code htab}: lookups are lock-free, and each
 * change swaps a bucket's immutable chain with one compare-and-set, so readers see a chain either before or after a
 * change, never half of one. The element count is bounded by {@code capacity}. The bucket order makes
 * {@link #next(MemorySegment)} work like {@code BPF_MAP_GET_NEXT_KEY}.
 *
 * @param <E> the entry type
 */
public final class HashTable<E extends HashEntry> {
    private static final int MAX_BUCKETS = 1 << 22;
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfInt HALF_WORD = ValueLayout.JAVA_INT_UNALIGNED;

    /** What {@link #insert(HashEntry)} did. */
    public enum Insertion {
        INSERTED, KEY_EXISTS, FULL
    }

    private record Cell<E>(E entry, Cell<E> next) {
    }

    private final AtomicReferenceArray<Cell<E>> buckets;
    private final int mask;
    private final int keySize;
    private final int capacity;
    private final long seed = ThreadLocalRandom.current().nextLong();
    private final AtomicInteger count = new AtomicInteger();
    /** How often an insert that finds the table full looks again before it answers FULL. */
    private static final int FULL_RETRIES = 256;

    public HashTable(int keySize, int capacity) {
        this.keySize = keySize;
        this.capacity = capacity;
        int wanted = Math.min(capacity, MAX_BUCKETS / 2);
        this.buckets = new AtomicReferenceArray<>(Integer.highestOneBit(Math.max(wanted, 1)) << 1);
        this.mask = buckets.length() - 1;
    }

    /** The hash of the first {@code keySize} bytes of {@code key}. */
    public int hash(MemorySegment key) {
        if (keySize <= 8) {
            return smallHash(SmallKeys.pack(key, keySize));
        }
        long h = seed ^ keySize;
        int i = 0;
        for (; i + 8 <= keySize; i += 8) {
            h = Long.rotateLeft((h ^ key.get(WORD, i)) * 0x9E3779B97F4A7C15L, 31);
        }
        long tail = 0;
        if (i + 4 <= keySize) {
            tail = Integer.toUnsignedLong(key.get(HALF_WORD, i));
            i += 4;
        }
        for (; i < keySize; i++) {
            tail = (tail << 8) | (key.get(ValueLayout.JAVA_BYTE, i) & 0xFF);
        }
        return finish(h ^ tail * 0xC2B2AE3D27D4EB4FL);
    }

    private int smallHash(long packed) {
        return finish((seed ^ packed) * 0x9E3779B97F4A7C15L);
    }

    private static int finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }

    /** The number of elements. */
    public int size() {
        return count.get();
    }

    /** The element whose key equals the first {@code keySize} bytes of {@code key}, or null. */
    public E find(MemorySegment key) {
        if (keySize <= 8) {
            long packed = SmallKeys.pack(key, keySize);
            for (Cell<E> cell = buckets.get(smallHash(packed) & mask); cell != null; cell = cell.next) {
                if (cell.entry.smallKey() == packed) {
                    return cell.entry;
                }
            }
            return null;
        }
        int hash = hash(key);
        for (Cell<E> cell = buckets.get(hash & mask); cell != null; cell = cell.next) {
            E entry = cell.entry;
            if (entry.hash() == hash && sameKey(entry.key(), key)) {
                return entry;
            }
        }
        return null;
    }

    /**
     * Adds {@code fresh} unless its key is present or the table already holds {@code capacity} elements.
     */
    public Insertion insert(E fresh) {
        int index = fresh.hash() & mask;
        boolean reserved = false;
        int fullRetries = 0;
        for (;;) {
            Cell<E> head = buckets.get(index);
            if (cellOf(head, fresh.key(), fresh.hash()) != null) {
                if (reserved) {
                    count.decrementAndGet();
                }
                return Insertion.KEY_EXISTS;
            }
            if (!reserved) {
                if (count.incrementAndGet() > capacity) {
                    count.decrementAndGet();
                    // The count may be full only for an instant: racing inserts of this same key hold
                    // reservations they give back when they find the winner's element. Linux serialises
                    // them with the bucket lock, so the losers see EEXIST, not E2BIG; look again a few times.
                    if (fullRetries++ < FULL_RETRIES) {
                        Thread.onSpinWait();
                        continue;
                    }
                    return Insertion.FULL;
                }
                reserved = true;
                continue;
            }
            if (buckets.compareAndSet(index, head, new Cell<>(fresh, head))) {
                return Insertion.INSERTED;
            }
        }
    }

    /** Puts {@code fresh} in place of {@code old}; false if {@code old} is no longer in the table. */
    public boolean replace(E old, E fresh) {
        int index = old.hash() & mask;
        for (;;) {
            Cell<E> head = buckets.get(index);
            if (!holds(head, old)) {
                return false;
            }
            if (buckets.compareAndSet(index, head, rebuild(head, old, fresh))) {
                return true;
            }
        }
    }

    /** Removes the element with this key and returns it, or null if there was none. */
    public E remove(MemorySegment key) {
        int hash = hash(key);
        int index = hash & mask;
        for (;;) {
            Cell<E> head = buckets.get(index);
            Cell<E> cell = cellOf(head, key, hash);
            if (cell == null) {
                return null;
            }
            if (buckets.compareAndSet(index, head, rebuild(head, cell.entry, null))) {
                count.decrementAndGet();
                return cell.entry;
            }
        }
    }

    /** Removes exactly this element; false if it is no longer in the table. */
    public boolean remove(E entry) {
        int index = entry.hash() & mask;
        for (;;) {
            Cell<E> head = buckets.get(index);
            if (!holds(head, entry)) {
                return false;
            }
            if (buckets.compareAndSet(index, head, rebuild(head, entry, null))) {
                count.decrementAndGet();
                return true;
            }
        }
    }

    /**
     * The element after the one with {@code key} in bucket order; the first element when {@code key} is null or
     * absent (as Linux does); null after the last.
     */
    public E next(MemorySegment key) {
        if (key != null) {
            int hash = hash(key);
            int index = hash & mask;
            Cell<E> cell = cellOf(buckets.get(index), key, hash);
            if (cell != null) {
                return cell.next != null ? cell.next.entry : firstFrom(index + 1);
            }
        }
        return firstFrom(0);
    }

    /** Calls {@code action} on every element, bucket by bucket. */
    public void forEach(Consumer<? super E> action) {
        for (int i = 0; i < buckets.length(); i++) {
            for (Cell<E> cell = buckets.get(i); cell != null; cell = cell.next) {
                action.accept(cell.entry);
            }
        }
    }

    private E firstFrom(int index) {
        for (int i = index; i < buckets.length(); i++) {
            Cell<E> head = buckets.get(i);
            if (head != null) {
                return head.entry;
            }
        }
        return null;
    }

    private Cell<E> cellOf(Cell<E> head, MemorySegment key, int hash) {
        for (Cell<E> cell = head; cell != null; cell = cell.next) {
            if (cell.entry.hash() == hash && sameKey(cell.entry.key(), key)) {
                return cell;
            }
        }
        return null;
    }

    private boolean holds(Cell<E> head, E entry) {
        for (Cell<E> cell = head; cell != null; cell = cell.next) {
            if (cell.entry == entry) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the chain with {@code target} replaced by {@code replacement}, or left out if that is null. */
    private Cell<E> rebuild(Cell<E> head, E target, E replacement) {
        if (head.entry == target) {
            return replacement == null ? head.next : new Cell<>(replacement, head.next);
        }
        return new Cell<>(head.entry, rebuild(head.next, target, replacement));
    }

    private boolean sameKey(MemorySegment stored, MemorySegment key) {
        if (keySize <= 8) {
            return SmallKeys.pack(stored, keySize) == SmallKeys.pack(key, keySize);
        }
        int i = 0;
        for (; i + 8 <= keySize; i += 8) {
            if (stored.get(WORD, i) != key.get(WORD, i)) {
                return false;
            }
        }
        if (i + 4 <= keySize) {
            if (stored.get(HALF_WORD, i) != key.get(HALF_WORD, i)) {
                return false;
            }
            i += 4;
        }
        for (; i < keySize; i++) {
            if (stored.get(ValueLayout.JAVA_BYTE, i) != key.get(ValueLayout.JAVA_BYTE, i)) {
                return false;
            }
        }
        return true;
    }
}
