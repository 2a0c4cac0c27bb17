package dev.ringzero.client;

/** A handle to an Event: SetEvent, ResetEvent, PulseEvent, and waits. */
public final class Event extends KernelObject {
    Event(NativeApi api, int handle, boolean openedExisting) {
        super(api, handle, openedExisting);
    }

    public void set() {
        Win32.check(api.ntSetEvent(checkedHandle()), "set event");
    }

    public void reset() {
        Win32.check(api.ntResetEvent(checkedHandle()), "reset event");
    }

    public void pulse() {
        Win32.check(api.ntPulseEvent(checkedHandle()), "pulse event");
    }
}
