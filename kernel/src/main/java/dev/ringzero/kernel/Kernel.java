package dev.ringzero.kernel;

import com.sun.security.auth.module.UnixSystem;
import dev.ringzero.kernel.datastack.DataStackServices;
import dev.ringzero.kernel.event.EventServices;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;
import dev.ringzero.kernel.ob.ObjectManager;
import dev.ringzero.kernel.ob.ObjectServices;
import dev.ringzero.kernel.sync.WaitEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * The identity of this JVM process, as the embedded transport supplies it: pid, real uid and gid,
     * and the login session from {@code /proc/self/sessionid} (0 when unset, as for services).
     */
    public static Caller currentCaller() {
        UnixSystem unix = new UnixSystem();
        return new Caller(ProcessHandle.current().pid(), (int) unix.getUid(), (int) unix.getGid(), loginSession());
    }

    private static int loginSession() {
        try {
            long id = Long.parseLong(Files.readString(Path.of("/proc/self/sessionid")).trim());
            return id <= 0 || id >= 0xFFFF_FFFFL ? 0 : (int) Math.min(id, Integer.MAX_VALUE);
        } catch (IOException | NumberFormatException | SecurityException e) {
            return 0;
        }
    }
}
