package dev.ringzero.kernel.io;

import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatus;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * DEVICE_OBJECT: the body of a {@code Device} object, named in {@code \Device}, served by one
 * {@link Driver}. Requests run under a rundown lock: deleting the device waits for the requests in
 * flight, and a request on a deleted device (a handle kept across the driver's unload) completes with
 * STATUS_DEVICE_DOES_NOT_EXIST without reaching the driver.
 */
public final class DeviceObject {
    private final String name;
    private final Driver driver;
    private final ReentrantReadWriteLock rundown = new ReentrantReadWriteLock();
    private boolean deleted; // guarded by rundown

    DeviceObject(String name, Driver driver) {
        this.name = name;
        this.driver = driver;
    }

    /** The absolute name the device was created with, e.g. {@code \Device\Booster}. */
    public String name() { return name; }

    public Driver driver() { return driver; }

    public boolean deleted() {
        rundown.readLock().lock();
        try {
            return deleted;
        } finally {
            rundown.readLock().unlock();
        }
    }

    /** Runs one of the driver's dispatch routines, unless the device was deleted. */
    IoStatusBlock dispatch(Function<Driver, IoStatusBlock> routine) {
        rundown.readLock().lock();
        try {
            if (deleted) {
                return IoStatusBlock.of(NtStatus.DEVICE_DOES_NOT_EXIST);
            }
            return routine.apply(driver);
        } finally {
            rundown.readLock().unlock();
        }
    }

    /** Marks the device deleted once the requests in flight are done; returns false if it already was. */
    boolean markDeleted() {
        rundown.writeLock().lock();
        try {
            boolean was = deleted;
            deleted = true;
            return !was;
        } finally {
            rundown.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "DeviceObject[" + name + ", driver " + driver.name() + (deleted() ? ", deleted" : "") + "]";
    }
}
