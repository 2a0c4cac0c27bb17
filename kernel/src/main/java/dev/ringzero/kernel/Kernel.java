package dev.ringzero.kernel;

import dev.ringzero.kernel.booster.BoosterDriver;
import dev.ringzero.kernel.datastack.DataStackServices;
import dev.ringzero.kernel.event.EventServices;
import dev.ringzero.kernel.io.Driver;
import dev.ringzero.kernel.io.FileServices;
import dev.ringzero.kernel.io.IoManager;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;
import dev.ringzero.kernel.ob.ObjectManager;
import dev.ringzero.kernel.ob.ObjectServices;
import dev.ringzero.kernel.sync.WaitEngine;

/**
 * The composition root: one object manager, one dispatcher, the object types' services and the I/O
 * manager with its drivers. It composes and does nothing else.
 */
public final class Kernel {
    private final WaitEngine waitEngine = new WaitEngine();
    private final ObjectManager objectManager = new ObjectManager();
    private final ObjectServices objects = new ObjectServices(objectManager, waitEngine);
    private final EventServices events = new EventServices(objectManager, waitEngine);
    private final DataStackServices dataStacks = new DataStackServices(objectManager, waitEngine);
    private final IoManager io = new IoManager(objectManager);
    private final FileServices files = new FileServices(objectManager, io);

    private Kernel() {}

    /**
     * A kernel living in this JVM, with the Booster driver loaded ({@code \Device\Booster} and its link
     * {@code \??\Booster}), as a Windows boot starts its boot drivers.
     */
    public static Kernel embedded() {
        Kernel kernel = new Kernel();
        kernel.loadDriver(new BoosterDriver());
        return kernel;
    }

    /** A kernel living in this JVM with no driver loaded. */
    public static Kernel withoutDrivers() {
        return new Kernel();
    }

    /** A client process of this kernel for {@code caller}, as a transport authenticated it. */
    public KernelProcess attach(Caller caller) {
        return objectManager.createProcess(caller);
    }

    /** Loads {@code driver} (its {@link Driver#load} creates its devices); see {@link IoManager#load}. */
    public void loadDriver(Driver driver) {
        io.load(driver, this);
    }

    /** Unloads the driver named {@code name} (its devices and links go); see {@link IoManager#unload}. */
    public void unloadDriver(String name) {
        io.unload(name);
    }

    public ObjectManager objectManager() { return objectManager; }

    public WaitEngine waitEngine() { return waitEngine; }

    public ObjectServices objects() { return objects; }

    public EventServices events() { return events; }

    public DataStackServices dataStacks() { return dataStacks; }

    public IoManager io() { return io; }

    public FileServices files() { return files; }
}
