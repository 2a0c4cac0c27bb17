package dev.ringzero.kernel.io;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.ob.Caller;

/**
 * A driver (DRIVER_OBJECT with its DriverEntry, DriverUnload and MajorFunction table). The
 * {@link IoManager} calls {@link #load} once when the driver is loaded into a kernel; the driver then
 * creates its devices and symbolic links through {@link Kernel#io()}, and removes them again in
 * {@link #unload}. A dispatch routine the driver does not implement completes with
 * STATUS_INVALID_DEVICE_REQUEST, as the I/O manager's default routine does.
 */
public interface Driver {
    /** The driver's name, {@code \Driver\<name>} on Windows; unique among the loaded drivers. */
    String name();

    /** DriverEntry: create the devices and links. A failure (thrown) leaves the driver unloaded. */
    void load(Kernel kernel);

    /** DriverUnload: delete what {@link #load} created. No dispatch routine runs after it returns. */
    void unload();

    /**
     * IRP_MJ_WRITE on {@code device} for {@code caller} (the identity of the process whose handle is
     * used). Returns the completion: the status and the bytes written.
     */
    default IoStatusBlock write(DeviceObject device, Caller caller, byte[] buffer) {
        return IoStatusBlock.of(NtStatus.INVALID_DEVICE_REQUEST);
    }
}
