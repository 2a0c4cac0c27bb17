package dev.ringzero.kernel.sync;

import dev.ringzero.kernel.abi.EventType;

/**
 * KEVENT: a dispatcher object whose state is set and reset explicitly. A notification event stays
 * signalled until reset and releases every waiter; a synchronization event releases one waiter and
 * resets itself.
 */
public final class KEvent extends DispatcherObject {
    private final EventType type;
    private boolean state;

    public KEvent(WaitEngine engine, EventType type, boolean initialState) {
        super(engine);
        this.type = type;
        this.state = initialState;
    }

    public EventType type() { return type; }

    /** KeSetEvent: signals the event and satisfies the waits it can; returns the previous state. */
    public boolean set() {
        return engine.locked(() -> {
            boolean previous = state;
            state = true;
            engine.signaled(this);
            return previous;
        });
    }

    /** KeResetEvent: makes the event non-signalled; returns the previous state. */
    public boolean reset() {
        return engine.locked(() -> {
            boolean previous = state;
            state = false;
            return previous;
        });
    }

    /**
     * KePulseEvent: satisfies the waits the event can satisfy right now (all waiters for a
     * notification event, one for a synchronization event), then leaves it non-signalled.
     */
    public boolean pulse() {
        return engine.locked(() -> {
            boolean previous = state;
            state = true;
            engine.signaled(this);
            state = false;
            return previous;
        });
    }

    @Override
    protected boolean isSignaled() {
        return state;
    }

    @Override
    protected void satisfyWait() {
        if (type == EventType.SYNCHRONIZATION) {
            state = false;
        }
    }
}
