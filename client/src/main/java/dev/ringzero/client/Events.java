package dev.ringzero.client;

import dev.ringzero.kernel.abi.EventAccess;
import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.NtStatus;
import java.util.Objects;

/** CreateEvent and OpenEvent, with session-relative names like {@link DataStacks}. */
public final class Events {
    private final NativeApi api;
    private final SessionNamespace namespace;

    public Events(NativeApi api) {
        this.api = Objects.requireNonNull(api, "api");
        this.namespace = new SessionNamespace(api);
    }

    /** CreateEvent: manual reset ({@link EventType#NOTIFICATION}) or auto reset, initially set or not. */
    public Event create(String name, EventType type, boolean initialState) {
        HandleResult r = api.ntCreateEvent(EventAccess.ALL_ACCESS, namespace.forCreate(name, false, null), type, initialState);
        Win32.check(r.status(), "create event " + name);
        return new Event(api, r.handle(), r.status() == NtStatus.OBJECT_NAME_EXISTS);
    }

    /** OpenEvent. */
    public Event open(String name, int desiredAccess) {
        HandleResult r = api.ntOpenEvent(desiredAccess, namespace.forOpen(name, false));
        Win32.check(r.status(), "open event " + name);
        return new Event(api, r.handle(), false);
    }
}
