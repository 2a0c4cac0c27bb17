package dev.ringzero.kernel.ipc;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.io.DeviceObject;
import dev.ringzero.kernel.io.Driver;
import dev.ringzero.kernel.io.IoManager;
import dev.ringzero.kernel.ob.Caller;

/** {@code \Device\Null}: every write succeeds and is discarded; a driver the fuzz test may write to freely. */
final class NullDriver implements Driver {
    static final String DEVICE_NAME = "\\Device\\Null";
    private IoManager io;
    private DeviceObject device;

    @Override
    public String name() {
        return "Null";
    }

    @Override
    public void load(Kernel kernel) {
        io = kernel.io();
        device = io.createDevice(this, DEVICE_NAME);
    }

    @Override
    public void unload() {
        io.deleteDevice(device);
    }

    @Override
    public IoStatusBlock write(DeviceObject target, Caller caller, byte[] buffer) {
        return new IoStatusBlock(NtStatus.SUCCESS, buffer == null ? 0 : buffer.length);
    }
}
