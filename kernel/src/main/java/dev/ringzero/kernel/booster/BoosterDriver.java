package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.io.DeviceObject;
import dev.ringzero.kernel.io.Driver;
import dev.ringzero.kernel.io.IoManager;
import dev.ringzero.kernel.ob.Caller;
import java.util.function.Supplier;

/**
 * The Booster driver: on load it creates {@value BoosterDevice#DEVICE_NAME} and the symbolic link
 * {@value BoosterDevice#SYMBOLIC_LINK} to it, on unload it deletes both; its IRP_MJ_WRITE routine is
 * {@link BoosterDevice#write}, with the identity of the process whose handle is written to.
 */
public final class BoosterDriver implements Driver {
    /** The driver's name, {@code \Driver\Booster} on Windows. */
    public static final String NAME = "Booster";

    private final Supplier<BoosterDevice> booster;
    private IoManager io;
    private DeviceObject device;

    /** The driver over this machine's threads ({@link BoosterDevice#system()}, made on the first write). */
    public BoosterDriver() {
        this(SystemBooster::device);
    }

    BoosterDriver(Supplier<BoosterDevice> booster) {
        this.booster = booster;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public synchronized void load(Kernel kernel) {
        io = kernel.io();
        device = io.createDevice(this, BoosterDevice.DEVICE_NAME);
        try {
            io.createSymbolicLink(BoosterDevice.SYMBOLIC_LINK, BoosterDevice.DEVICE_NAME);
        } catch (RuntimeException e) {
            io.deleteDevice(device);
            throw e;
        }
    }

    @Override
    public synchronized void unload() {
        try {
            io.deleteSymbolicLink(BoosterDevice.SYMBOLIC_LINK);
        } finally {
            io.deleteDevice(device);
        }
    }

    @Override
    public IoStatusBlock write(DeviceObject target, Caller caller, byte[] buffer) {
        WriteResult result = booster.get().write(caller, buffer);
        return new IoStatusBlock(result.status(), result.bytesWritten());
    }

    /** The system device, made once and only when a write needs it (it links the scheduler's system calls). */
    private static final class SystemBooster {
        private static final BoosterDevice DEVICE = BoosterDevice.system();

        static BoosterDevice device() {
            return DEVICE;
        }
    }
}
