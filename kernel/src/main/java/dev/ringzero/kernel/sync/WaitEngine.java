package dev.ringzero.kernel.sync;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The kernel's dispatcher: one lock guarding the signal state of every {@link DispatcherObject},
 * and the wait/satisfy protocol (KeWaitForMultipleObjects). A waiter that cannot be satisfied at
 * once queues a {@link WaitBlock} on each object and sleeps on its own condition; an object that
 * becomes signalled calls {@link #signaled} and satisfies waiters in queue order. Wait-all takes every
 * object at once or none, because the check and the consumption happen under the same lock.
 */
public final class WaitEngine {
    /** Timeout meaning "never time out" (Win32 INFINITE). */
    public static final long INFINITE = -1;
    /** MAXIMUM_WAIT_OBJECTS. */
    public static final int MAXIMUM_WAIT_OBJECTS = 64;

    private final ReentrantLock lock = new ReentrantLock();

    public WaitEngine() {}

    /** Runs {@code action} with the dispatcher lock held. */
    public void locked(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    /** Computes {@code value} with the dispatcher lock held. */
    public <T> T locked(Supplier<T> value) {
        lock.lock();
        try {
            return value.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until one object (or all, with {@code waitAll}) is signalled, or {@code timeoutMillis}
     * pass: 0 only polls, {@link #INFINITE} never times out. The caller validated the arguments
     * (count within 1..64, no duplicates for wait-all).
     */
    public WaitOutcome waitFor(DispatcherObject[] objects, boolean waitAll, long timeoutMillis) {
        lock.lock();
        try {
            int now = trySatisfy(objects, waitAll);
            if (now != WaitBlock.PENDING) {
                return WaitOutcome.satisfied(now);
            }
            if (timeoutMillis == 0) {
                return WaitOutcome.TIMED_OUT;
            }
            WaitBlock block = new WaitBlock(objects, waitAll, lock.newCondition());
            enqueue(block);
            try {
                return sleep(block, timeoutMillis);
            } finally {
                dequeue(block);
            }
        } finally {
            lock.unlock();
        }
    }

    private WaitOutcome sleep(WaitBlock block, long timeoutMillis) {
        long remaining = timeoutMillis == INFINITE ? Long.MAX_VALUE : TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            while (block.satisfiedIndex == WaitBlock.PENDING) {
                if (timeoutMillis == INFINITE) {
                    block.wakeup.await();
                } else {
                    if (remaining <= 0) {
                        return WaitOutcome.TIMED_OUT;
                    }
                    remaining = block.wakeup.awaitNanos(remaining);
                }
            }
            return WaitOutcome.satisfied(block.satisfiedIndex);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return block.satisfiedIndex != WaitBlock.PENDING
                    ? WaitOutcome.satisfied(block.satisfiedIndex)
                    : WaitOutcome.CANCELLED;
        }
    }

    /**
     * Called by an object, with the dispatcher lock held, after it became signalled: satisfies the
     * queued waits it can, oldest first, while the object stays signalled.
     */
    void signaled(DispatcherObject object) {
        assert lock.isHeldByCurrentThread();
        int i = 0;
        while (i < object.waitList.size() && object.isSignaled()) {
            WaitBlock block = object.waitList.get(i);
            int index = trySatisfy(block.objects, block.waitAll);
            if (index == WaitBlock.PENDING) {
                i++;
                continue;
            }
            block.satisfiedIndex = index;
            dequeue(block);
            block.wakeup.signal();
        }
    }

    private static int trySatisfy(DispatcherObject[] objects, boolean waitAll) {
        if (waitAll) {
            for (DispatcherObject o : objects) {
                if (!o.isSignaled()) {
                    return WaitBlock.PENDING;
                }
            }
            for (DispatcherObject o : objects) {
                o.satisfyWait();
            }
            return 0;
        }
        for (int i = 0; i < objects.length; i++) {
            if (objects[i].isSignaled()) {
                objects[i].satisfyWait();
                return i;
            }
        }
        return WaitBlock.PENDING;
    }

    private static void enqueue(WaitBlock block) {
        for (DispatcherObject o : block.objects) {
            if (!o.waitList.contains(block)) {
                o.waitList.add(block);
            }
        }
    }

    private static void dequeue(WaitBlock block) {
        for (DispatcherObject o : block.objects) {
            o.waitList.remove(block);
        }
    }
}
