package dev.ringzero.kernel.sync;

import java.util.concurrent.locks.Condition;

/**
 * One waiting thread (KWAIT_BLOCK): the objects it waits on, whether it needs all or any of them,
 * and the condition it sleeps on. The signaller satisfies the wait on the waiter's behalf, so a
 * pulse or an auto-reset event is never lost between the signal and the waiter waking.
 */
final class WaitBlock {
    static final int PENDING = -1;

    final DispatcherObject[] objects;
    final boolean waitAll;
    final Condition wakeup;
    /** The index that satisfied the wait (0 for wait-all), or {@link #PENDING}. */
    int satisfiedIndex = PENDING;

    WaitBlock(DispatcherObject[] objects, boolean waitAll, Condition wakeup) {
        this.objects = objects;
        this.waitAll = waitAll;
        this.wakeup = wakeup;
    }
}
