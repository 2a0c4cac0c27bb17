package dev.ringzero.kernel;

import dev.ringzero.kernel.datastack.DataStackServices;
import dev.ringzero.kernel.event.EventServices;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;
import dev.ringzero.kernel.ob.ObjectManager;
import dev.ringzero.kernel.ob.ObjectServices;
import dev.ringzero.kernel.sync.WaitEngine;

/**
 * The composition root: one object manager, one dispatcher, and the object types' services. It
 * composes and does nothing else.
 */
public final class Kernel {
    private final WaitEngine waitEngine = new WaitEngine();
    private final ObjectManager objectManager = new ObjectManager();
    private final ObjectServices objects = new ObjectServices(objectManager, waitEngine);
    private final EventServices events = new EventServices(objectManager, waitEngine);
    private final DataStackServices dataStacks = new DataStackServices(objectManager, waitEngine);

    private Kernel() {}

    /** A kernel living in this JVM. */
    public static Kernel embedded() {
        return new Kernel();
    }

    /** A client process of this kernel for {@code caller}, as a transport authenticated it. */
    public KernelProcess attach(Caller caller) {
        return objectManager.createProcess(caller);
    }

    public ObjectManager objectManager() { return objectManager; }

    public WaitEngine waitEngine() { return waitEngine; }

    public ObjectServices objects() { return objects; }

    public EventServices events() { return events; }

    public DataStackServices dataStacks() { return dataStacks; }
}
