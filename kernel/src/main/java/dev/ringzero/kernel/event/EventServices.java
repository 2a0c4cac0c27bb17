package dev.ringzero.kernel.event;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.EventAccess;
import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.ob.GenericMapping;
import dev.ringzero.kernel.ob.Inserted;
import dev.ringzero.kernel.ob.KernelProcess;
import dev.ringzero.kernel.ob.ObjectHeader;
import dev.ringzero.kernel.ob.ObjectManager;
import dev.ringzero.kernel.ob.ObjectReference;
import dev.ringzero.kernel.ob.ObjectType;
import dev.ringzero.kernel.ob.ObjectTypeInitializer;
import dev.ringzero.kernel.sync.KEvent;
import dev.ringzero.kernel.sync.WaitEngine;

/** The Event object type and its native API: NtCreateEvent, NtOpenEvent, NtSetEvent, NtResetEvent, NtPulseEvent. */
public final class EventServices {
    public static final GenericMapping GENERIC_MAPPING = new GenericMapping(
            AccessMask.STANDARD_RIGHTS_READ | EventAccess.QUERY_STATE,
            AccessMask.STANDARD_RIGHTS_WRITE | EventAccess.MODIFY_STATE,
            AccessMask.STANDARD_RIGHTS_EXECUTE | AccessMask.SYNCHRONIZE,
            EventAccess.ALL_ACCESS);

    private final ObjectManager objectManager;
    private final WaitEngine engine;
    private final ObjectType type;

    public EventServices(ObjectManager objectManager, WaitEngine engine) {
        this.objectManager = objectManager;
        this.engine = engine;
        this.type = objectManager.createType("Event", new ObjectTypeInitializer(GENERIC_MAPPING,
                EventAccess.ALL_ACCESS, false, ObjectTypeInitializer.DeleteProcedure.NONE, body -> (KEvent) body));
    }

    /** {@code \ObjectTypes\Event}. */
    public ObjectType type() { return type; }

    /** NtCreateEvent. */
    public Inserted create(KernelProcess process, int desiredAccess, ObjectAttributes attributes, EventType eventType,
            boolean initialState) {
        ObjectHeader header = objectManager.create(type, new KEvent(engine, eventType, initialState), attributes,
                process.caller());
        return objectManager.insert(process, header, desiredAccess, attributes);
    }

    /** NtOpenEvent. */
    public int open(KernelProcess process, int desiredAccess, ObjectAttributes attributes) {
        return objectManager.openByName(process, attributes, type, desiredAccess);
    }

    /** NtSetEvent (EVENT_MODIFY_STATE); returns the previous state. */
    public boolean set(KernelProcess process, int handle) {
        try (ObjectReference<KEvent> event = reference(process, handle)) {
            return event.body().set();
        }
    }

    /** NtResetEvent (EVENT_MODIFY_STATE); returns the previous state. */
    public boolean reset(KernelProcess process, int handle) {
        try (ObjectReference<KEvent> event = reference(process, handle)) {
            return event.body().reset();
        }
    }

    /** NtPulseEvent (EVENT_MODIFY_STATE); returns the previous state. */
    public boolean pulse(KernelProcess process, int handle) {
        try (ObjectReference<KEvent> event = reference(process, handle)) {
            return event.body().pulse();
        }
    }

    private ObjectReference<KEvent> reference(KernelProcess process, int handle) {
        return objectManager.referenceByHandle(process, handle, EventAccess.MODIFY_STATE, type, KEvent.class);
    }
}
