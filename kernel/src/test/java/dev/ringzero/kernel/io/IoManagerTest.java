package dev.ringzero.kernel.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.FileAccess;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.DirectoryEntry;
import dev.ringzero.kernel.ob.KernelProcess;
import org.junit.jupiter.api.Test;

/** Loading and unloading drivers: what a failed load leaves, what an unload cleans up, defaults. */
class IoManagerTest {
    final Kernel kernel = Kernel.withoutDrivers();
    final KernelProcess process = kernel.attach(new Caller(5, 1000, 1000, 0));

    /** A driver with one device and, optionally, one link to it; its unload deletes only what it is told to. */
    static final class LinkedDeviceDriver implements Driver {
        final String name;
        final String deviceName;
        final String linkName;
        final boolean deletesOnUnload;
        IoManager io;
        DeviceObject device;

        LinkedDeviceDriver(String name, String deviceName, String linkName, boolean deletesOnUnload) {
            this.name = name;
            this.deviceName = deviceName;
            this.linkName = linkName;
            this.deletesOnUnload = deletesOnUnload;
        }

        @Override
        public String name() { return name; }

        @Override
        public void load(Kernel k) {
            io = k.io();
            device = io.createDevice(this, deviceName);
            if (linkName != null) {
                io.createSymbolicLink(linkName, deviceName);
            }
        }

        @Override
        public void unload() {
            if (deletesOnUnload) {
                if (linkName != null) {
                    io.deleteSymbolicLink(linkName);
                }
                io.deleteDevice(device);
            }
        }
    }

    static NtStatus statusOf(Runnable call) {
        try {
            call.run();
            return NtStatus.SUCCESS;
        } catch (NtStatusException e) {
            return e.status();
        }
    }

    @Test
    void aLoadThatFailsDeletesTheDevicesItMadeAndLeavesTheDriverUnloaded() {
        kernel.loadDriver(new LinkedDeviceDriver("First", "\\Device\\First", "\\??\\Taken", true));

        NtStatus status = statusOf(() -> kernel.loadDriver(
                new LinkedDeviceDriver("Second", "\\Device\\Second", "\\??\\Taken", true)));

        assertThat(status).isEqualTo(NtStatus.OBJECT_NAME_COLLISION);
        assertThat(kernel.io().loadedDrivers()).containsExactly("First");
        assertThat(kernel.objectManager().list("\\Device")).extracting(DirectoryEntry::name).containsExactly("First");
        assertThat(kernel.io().deviceType().totalObjects()).isEqualTo(1);
    }

    @Test
    void unloadingDeletesTheDevicesTheDriverForgot() {
        kernel.loadDriver(new LinkedDeviceDriver("Forgetful", "\\Device\\Forgetful", null, false));

        kernel.unloadDriver("forgetful");

        assertThat(kernel.objectManager().list("\\Device")).isEmpty();
        assertThat(kernel.io().deviceType().totalObjects()).isZero();
    }

    @Test
    void aDeviceNameCannotBeTakenTwice() {
        kernel.loadDriver(new LinkedDeviceDriver("A", "\\Device\\Same", null, true));

        assertThat(statusOf(() -> kernel.loadDriver(new LinkedDeviceDriver("B", "\\Device\\Same", null, true))))
                .isEqualTo(NtStatus.OBJECT_NAME_COLLISION);
    }

    @Test
    void onlyALoadedDriverCreatesDevices() {
        LinkedDeviceDriver stranger = new LinkedDeviceDriver("Stranger", "\\Device\\Stranger", null, true);

        assertThat(statusOf(() -> kernel.io().createDevice(stranger, "\\Device\\Stranger")))
                .isEqualTo(NtStatus.INVALID_PARAMETER);
    }

    @Test
    void aDriverWithoutAWriteRoutineAnswersInvalidDeviceRequest() {
        kernel.loadDriver(new LinkedDeviceDriver("Mute", "\\Device\\Mute", "\\??\\Mute", true));
        int handle = kernel.files().open(process, AccessMask.GENERIC_WRITE, ObjectAttributes.absolute("\\??\\Mute", 0));

        assertThat(kernel.files().write(process, handle, new byte[1])).isEqualTo(IoStatusBlock.of(NtStatus.INVALID_DEVICE_REQUEST));
    }

    @Test
    void theFileGenericMappingIsWindowsOwn() {
        assertThat(IoManager.FILE_MAPPING.map(AccessMask.GENERIC_READ)).isEqualTo(0x0012_0089);
        assertThat(IoManager.FILE_MAPPING.map(AccessMask.GENERIC_WRITE)).isEqualTo(0x0012_0116);
        assertThat(IoManager.FILE_MAPPING.map(AccessMask.GENERIC_EXECUTE)).isEqualTo(0x0012_00A0);
        assertThat(IoManager.FILE_MAPPING.map(AccessMask.GENERIC_ALL)).isEqualTo(FileAccess.ALL_ACCESS).isEqualTo(0x001F_01FF);
    }

    @Test
    void anyoneMayOpenADeviceForWritingButNotForDeletion() {
        kernel.loadDriver(new LinkedDeviceDriver("Open", "\\Device\\Open", null, true));
        ObjectAttributes name = ObjectAttributes.absolute("\\Device\\Open", 0);

        assertThat(statusOf(() -> kernel.files().open(process, AccessMask.GENERIC_READ | AccessMask.GENERIC_WRITE, name)))
                .isEqualTo(NtStatus.SUCCESS);
        assertThat(statusOf(() -> kernel.files().open(process, AccessMask.DELETE, name))).isEqualTo(NtStatus.ACCESS_DENIED);
    }
}
