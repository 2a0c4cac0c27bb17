package dev.ringzero.kernel.io;

import dev.ringzero.kernel.abi.FileAccess;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.ob.KernelProcess;
import dev.ringzero.kernel.ob.ObjectManager;
import dev.ringzero.kernel.ob.ObjectReference;

/**
 * The native file calls on devices: NtOpenFile (NtCreateFile with FILE_OPEN is the same open) and
 * NtWriteFile. A handle to a device is a handle to its {@code Device} object, with the file rights
 * ({@link FileAccess}) its security granted.
 */
public final class FileServices {
    private final ObjectManager objects;
    private final IoManager io;

    public FileServices(ObjectManager objects, IoManager io) {
        this.objects = objects;
        this.io = io;
    }

    /**
     * NtOpenFile: a handle to the device named by {@code attributes} (an NT path such as
     * {@code \Device\Booster} or {@code \??\Booster}; symbolic links are followed) with
     * {@code desiredAccess}. STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_TYPE_MISMATCH (not a device),
     * STATUS_ACCESS_DENIED as for any open by name.
     */
    public int open(KernelProcess process, int desiredAccess, ObjectAttributes attributes) {
        return objects.openByName(process, attributes, io.deviceType(), desiredAccess);
    }

    /**
     * NtWriteFile: the device's IRP_MJ_WRITE routine with {@code buffer} (null: the caller passed
     * none) and the identity of {@code process}. The handle must grant FILE_WRITE_DATA, else
     * STATUS_ACCESS_DENIED before the driver sees anything.
     */
    public IoStatusBlock write(KernelProcess process, int handle, byte[] buffer) {
        try (ObjectReference<DeviceObject> ref = objects.referenceByHandle(process, handle, FileAccess.WRITE_DATA,
                io.deviceType(), DeviceObject.class)) {
            DeviceObject device = ref.body();
            try {
                return device.dispatch(driver -> driver.write(device, process.caller(), buffer));
            } catch (NtStatusException e) {
                return IoStatusBlock.of(e.status());
            }
        }
    }
}
