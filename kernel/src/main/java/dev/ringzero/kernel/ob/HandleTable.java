package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A process's handle table. Handle values are multiples of 4 starting at 4 (0 is never a handle);
 * a closed value is reused, lowest first. Lookups read a published array without locking;
 * insertions and removals are serialized.
 */
public final class HandleTable {
    private volatile HandleEntry[] slots = new HandleEntry[16];
    private int count;
    private int lowestFree;
    private boolean closed;

    HandleTable() {}

    static int slotOf(int handle) {
        return (handle >>> 2) - 1;
    }

    static int handleOf(int slot) {
        return (slot + 1) << 2;
    }

    /** The entry for {@code handle}, or null when the value is not an open handle. */
    public HandleEntry get(int handle) {
        if (handle <= 0 || (handle & 3) != 0) {
            return null;
        }
        HandleEntry[] current = slots;
        int slot = slotOf(handle);
        return slot < current.length ? current[slot] : null;
    }

    /** Adds an entry; fails once the table was emptied by {@link #removeAll()} (the process is gone). */
    synchronized int insert(HandleEntry entry) {
        if (closed) {
            throw new NtStatusException(NtStatus.PROCESS_IS_TERMINATING, "the process has terminated");
        }
        HandleEntry[] current = slots;
        int slot = lowestFree;
        while (slot < current.length && current[slot] != null) {
            slot++;
        }
        if (slot >= current.length) {
            current = Arrays.copyOf(current, current.length * 2);
        }
        current[slot] = entry;
        slots = current;
        count++;
        lowestFree = slot + 1;
        return handleOf(slot);
    }

    synchronized HandleEntry remove(int handle) {
        HandleEntry entry = get(handle);
        if (entry != null) {
            int slot = slotOf(handle);
            HandleEntry[] current = slots;
            current[slot] = null;
            slots = current;
            count--;
            lowestFree = Math.min(lowestFree, slot);
        }
        return entry;
    }

    /** Removes and returns every entry and refuses new ones (the process is going away). */
    synchronized List<HandleEntry> removeAll() {
        closed = true;
        List<HandleEntry> all = new ArrayList<>(count);
        HandleEntry[] current = slots;
        for (int i = 0; i < current.length; i++) {
            if (current[i] != null) {
                all.add(current[i]);
                current[i] = null;
            }
        }
        slots = current;
        count = 0;
        lowestFree = 0;
        return all;
    }

    public synchronized int count() {
        return count;
    }

    /** The open handles in ascending order, for tools like {@code rz obj handles}. */
    public synchronized Map<Integer, HandleEntry> snapshot() {
        Map<Integer, HandleEntry> view = new TreeMap<>();
        HandleEntry[] current = slots;
        for (int i = 0; i < current.length; i++) {
            if (current[i] != null) {
                view.put(handleOf(i), current[i]);
            }
        }
        return view;
    }
}
