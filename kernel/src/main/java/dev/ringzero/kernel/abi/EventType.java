package dev.ringzero.kernel.abi;

/** EVENT_TYPE: a notification (manual-reset) or synchronization (auto-reset) event. */
public enum EventType {
    NOTIFICATION(0),
    SYNCHRONIZATION(1);

    private final int code;

    EventType(int code) { this.code = code; }

    public int code() { return code; }
}
