package dev.ringzero.ebpf.maps.internal;

/**
 * The eviction order of an LRU map: elements in insertion order, evicted with the second-chance (CLOCK) rule, the
 * same reference-bit approximation of least-recently-used that Linux's {@code bpf_lru_list} makes: the oldest element
 * not {@linkplain LruEntry#touch() touched} since the scan last passed it goes first; touched ones lose their mark
 * and move to the young end. Not thread-safe: the map guards it with its update lock.
 */
public final class LruList {
    private final LruEntry sentinel = new LruEntry(null, 0, null);
    private int size;

    public LruList() {
        sentinel.previous = sentinel;
        sentinel.next = sentinel;
    }

    /** Adds a new element at the young end. */
    public void add(LruEntry entry) {
        entry.previous = sentinel.previous;
        entry.next = sentinel;
        sentinel.previous.next = entry;
        sentinel.previous = entry;
        size++;
    }

    /** Takes an element out of the list. */
    public void remove(LruEntry entry) {
        entry.previous.next = entry.next;
        entry.next.previous = entry.previous;
        entry.previous = null;
        entry.next = null;
        size--;
    }

    /** The element to evict (it stays in the list); null if the list is empty. */
    public LruEntry victim() {
        for (int passed = 0; passed < size; passed++) {
            LruEntry oldest = sentinel.next;
            if (!oldest.referenced()) {
                return oldest;
            }
            oldest.clearReference();
            remove(oldest);
            add(oldest);
        }
        return size == 0 ? null : sentinel.next;
    }

    public int size() {
        return size;
    }
}
