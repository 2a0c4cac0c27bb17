package dev.ringzero.kernel.ob;

/**
 * A client of the kernel (EPROCESS, as far as objects are concerned): the caller's identity and its
 * handle table. Terminating it closes every handle it still holds.
 */
public final class KernelProcess {
    private final Caller caller;
    private final HandleTable handles = new HandleTable();
    private final ObjectManager objectManager;
    private volatile boolean terminated;

    KernelProcess(Caller caller, ObjectManager objectManager) {
        this.caller = caller;
        this.objectManager = objectManager;
    }

    public Caller caller() { return caller; }

    public HandleTable handles() { return handles; }

    public boolean terminated() { return terminated; }

    /** Closes every handle of the process (the process exited or its connection dropped). */
    public void terminate() {
        terminated = true;
        objectManager.closeAll(this);
    }

    @Override
    public String toString() {
        return "KernelProcess[pid=" + caller.pid() + ", uid=" + caller.uid() + ", session=" + caller.session() + "]";
    }
}
