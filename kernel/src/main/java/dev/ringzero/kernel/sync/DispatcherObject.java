package dev.ringzero.kernel.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * The DISPATCHER_HEADER of a waitable object: a signal state that threads wait on through the
 * {@link WaitEngine}. Every field is guarded by the engine's kernel-wide dispatcher lock.
 */
public abstract class DispatcherObject {
    protected final WaitEngine engine;
    final List<WaitBlock> waitList = new ArrayList<>(2);

    protected DispatcherObject(WaitEngine engine) {
        this.engine = engine;
    }

    /** Whether a wait on this object would be satisfied now. Called with the dispatcher lock held. */
    protected abstract boolean isSignaled();

    /** Consumes the signal for a satisfied wait (an auto-reset event resets). Called with the lock held. */
    protected abstract void satisfyWait();

    /** Whether the object is signalled right now (takes the dispatcher lock). */
    public boolean signaled() {
        return engine.locked(this::isSignaled);
    }

    /** The number of threads currently waiting on the object. */
    public int waiterCount() {
        return engine.locked(waitList::size);
    }
}
