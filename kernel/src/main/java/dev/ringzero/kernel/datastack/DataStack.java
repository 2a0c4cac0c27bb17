package dev.ringzero.kernel.datastack;

import dev.ringzero.kernel.abi.DataStackConfiguration;
import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.sync.KEvent;
import dev.ringzero.kernel.sync.WaitEngine;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The body of a DataStack object and its plain logic (the articles' DataStackImpl): a LIFO of byte
 * items under a lock, with optional limits (0 = unlimited, for all three), and a notification event
 * that is signalled while the stack is not empty, as the Job object embeds a KEVENT. No handles and
 * no access checks here: the caller already resolved the object.
 */
public final class DataStack {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<byte[]> items = new ArrayDeque<>();
    private final DataStackConfiguration configuration;
    private final KEvent event;
    private long size;

    public DataStack(DataStackConfiguration configuration, WaitEngine engine) {
        this.configuration = configuration;
        this.event = new KEvent(engine, EventType.NOTIFICATION, false);
    }

    /** The event waits are satisfied by: signalled while the stack holds items. */
    public KEvent event() { return event; }

    public DataStackConfiguration configuration() { return configuration; }

    /**
     * DsPushDataStack: adds a captured item on top. STATUS_NO_MORE_ENTRIES when MaxItemCount items are
     * held, STATUS_NOT_CAPABLE when the item exceeds MaxItemSize or the total would exceed MaxSize.
     */
    public NtStatus push(byte[] item) {
        lock.lock();
        try {
            int maxCount = configuration.maxItemCount();
            if (maxCount != 0 && Integer.compareUnsigned(items.size(), maxCount) >= 0) {
                return NtStatus.NO_MORE_ENTRIES;
            }
            int maxItem = configuration.maxItemSize();
            if (maxItem != 0 && Integer.toUnsignedLong(maxItem) < item.length) {
                return NtStatus.NOT_CAPABLE;
            }
            long maxSize = configuration.maxSize();
            if (maxSize != 0 && Long.compareUnsigned(size + item.length, maxSize) > 0) {
                return NtStatus.NOT_CAPABLE;
            }
            items.addLast(item);
            size += item.length;
            if (items.size() == 1) {
                event.set();
            }
            return NtStatus.SUCCESS;
        } finally {
            lock.unlock();
        }
    }

    /**
     * DsPopDataStack. A zero {@code bufferSize} only reports the size of the top item (0 when empty)
     * and succeeds. Otherwise: STATUS_PIPE_EMPTY with size 0 when empty; STATUS_BUFFER_TOO_SMALL with
     * the item's size when it does not fit (the item stays); else the item, removed.
     *
     * @param bufferSize the caller's buffer size, unsigned
     */
    public Popped pop(int bufferSize) {
        lock.lock();
        try {
            byte[] top = items.peekLast();
            if (bufferSize == 0) {
                return new Popped(NtStatus.SUCCESS, top == null ? 0 : top.length, null);
            }
            if (top == null) {
                return new Popped(NtStatus.PIPE_EMPTY, 0, null);
            }
            if (Integer.toUnsignedLong(bufferSize) < top.length) {
                return new Popped(NtStatus.BUFFER_TOO_SMALL, top.length, null);
            }
            items.removeLast();
            size -= top.length;
            if (items.isEmpty()) {
                event.reset();
            }
            return new Popped(NtStatus.SUCCESS, top.length, top);
        } finally {
            lock.unlock();
        }
    }

    /** DsClearDataStack: drops every item and resets the event (the articles' code leaves it signalled). */
    public void clear() {
        lock.lock();
        try {
            items.clear();
            size = 0;
            event.reset();
        } finally {
            lock.unlock();
        }
    }

    /** Count of items held. */
    public int count() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    /** Total bytes held. */
    public long totalSize() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }
}
