package dev.ringzero.kernel.booster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import dev.ringzero.kernel.ob.ObjectManager;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The Booster driver in the kernel: its device and symbolic link come with the load and go with the
 * unload; a handle opened by either name, with write access, writes to real threads as the handle's
 * process.
 */
class BoosterDriverTest {
    final Kernel kernel = Kernel.embedded();
    final ObjectManager ob = kernel.objectManager();
    final KernelProcess self = kernel.attach(Caller.ofThisProcess());

    static NtStatus statusOf(Supplier<?> call) {
        try {
            call.get();
            return NtStatus.SUCCESS;
        } catch (NtStatusException e) {
            return e.status();
        }
    }

    int open(KernelProcess process, String name, int access) {
        return kernel.files().open(process, access, ObjectAttributes.absolute(name, 0));
    }

    @Test
    void theEmbeddedKernelLoadsBoosterWithItsDeviceAndSymbolicLink() {
        assertThat(kernel.io().loadedDrivers()).containsExactly("Booster");
        assertThat(ob.list("\\Device")).extracting(DirectoryEntry::name, DirectoryEntry::typeName, DirectoryEntry::linkTarget)
                .containsExactly(tuple("Booster", "Device", null));
        assertThat(ob.list("\\??")).extracting(DirectoryEntry::name, DirectoryEntry::typeName, DirectoryEntry::linkTarget)
                .containsExactly(tuple("Booster", "SymbolicLink", "\\Device\\Booster"));
    }

    @Test
    void devicesAreObjectsOfTheTypeDevice() {
        assertThat(ob.list("\\ObjectTypes")).extracting(DirectoryEntry::name, DirectoryEntry::typeName)
                .contains(tuple("Device", "Type"));
        assertThat(kernel.io().deviceType().totalObjects()).isEqualTo(1);
    }

    @Test
    void unloadingRemovesTheDeviceAndTheLink() {
        kernel.unloadDriver("Booster");

        assertThat(ob.list("\\Device")).isEmpty();
        assertThat(ob.list("\\??")).isEmpty();
        assertThat(ob.exists(BoosterDevice.DEVICE_NAME)).isFalse();
        assertThat(kernel.io().loadedDrivers()).isEmpty();
        assertThat(kernel.io().deviceType().totalObjects()).isZero();
        assertThat(statusOf(() -> open(self, BoosterDevice.SYMBOLIC_LINK, AccessMask.GENERIC_WRITE)))
                .isEqualTo(NtStatus.OBJECT_NAME_NOT_FOUND);
    }

    @Test
    void loadingAgainAfterAnUnloadRecreatesBoth() {
        kernel.unloadDriver("Booster");

        kernel.loadDriver(new BoosterDriver());

        assertThat(ob.exists(BoosterDevice.DEVICE_NAME)).isTrue();
        assertThat(ob.list("\\??")).extracting(DirectoryEntry::linkTarget).containsExactly(BoosterDevice.DEVICE_NAME);
    }

    @Test
    void aKernelWithoutDriversHasNoBooster() {
        Kernel bare = Kernel.withoutDrivers();

        assertThat(bare.objectManager().list("\\Device")).isEmpty();
        assertThat(bare.io().loadedDrivers()).isEmpty();
    }

    @Test
    void aDriverLoadsOnlyOnce() {
        assertThat(statusOf(() -> {
            kernel.loadDriver(new BoosterDriver());
            return null;
        })).isEqualTo(NtStatus.OBJECT_NAME_COLLISION);
        assertThat(ob.list("\\Device")).hasSize(1);
    }

    @Test
    void unloadingADriverThatIsNotLoadedIsNameNotFound() {
        kernel.unloadDriver("Booster");

        assertThat(statusOf(() -> {
            kernel.unloadDriver("Booster");
            return null;
        })).isEqualTo(NtStatus.OBJECT_NAME_NOT_FOUND);
    }

    @Test
    void theDeviceOpensByItsNameAndThroughItsLinkAsTheSameObject() {
        int byName = open(self, BoosterDevice.DEVICE_NAME, AccessMask.GENERIC_WRITE);
        int byLink = open(self, BoosterDevice.SYMBOLIC_LINK, AccessMask.GENERIC_WRITE);

        assertThat(self.handles().get(byName).object()).isSameAs(self.handles().get(byLink).object());
        assertThat(self.handles().get(byName).object().handleCount()).isEqualTo(2);
    }

    @Test
    void genericWriteOnADeviceIsFileGenericWrite() {
        int handle = open(self, BoosterDevice.SYMBOLIC_LINK, AccessMask.GENERIC_WRITE);

        assertThat(self.handles().get(handle).grantedAccess()).isEqualTo(FileAccess.GENERIC_WRITE).isEqualTo(0x0012_0116);
    }

    @Test
    void theWin32PathIsNotAnNtName() {
        assertThat(statusOf(() -> open(self, BoosterDevice.WIN32_PATH, AccessMask.GENERIC_WRITE)))
                .isEqualTo(NtStatus.OBJECT_NAME_INVALID);
    }

    @Test
    void anObjectThatIsNotADeviceDoesNotOpenAsAFile() {
        assertThat(statusOf(() -> open(self, "\\BaseNamedObjects", AccessMask.GENERIC_READ)))
                .isEqualTo(NtStatus.OBJECT_TYPE_MISMATCH);
    }

    @Test
    void aWriteThroughTheHandleSetsTheNiceValueOfARealThread() {
        int handle = open(self, BoosterDevice.SYMBOLIC_LINK, AccessMask.GENERIC_WRITE);
        try (ChildProcess child = ChildProcess.sleeper()) {
            IoStatusBlock completion = kernel.files().write(self, handle, new ThreadData(child.pid(), 4).encode());

            assertThat(completion).isEqualTo(new IoStatusBlock(NtStatus.SUCCESS, ThreadData.SIZE));
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isEqualTo(11);
        }
    }

    @Test
    void aHandleOpenedForReadingCannotWrite() {
        int handle = open(self, BoosterDevice.SYMBOLIC_LINK, AccessMask.GENERIC_READ);
        try (ChildProcess child = ChildProcess.sleeper()) {
            assertThat(statusOf(() -> kernel.files().write(self, handle, new ThreadData(child.pid(), 4).encode())))
                    .isEqualTo(NtStatus.ACCESS_DENIED);
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isZero();
        }
    }

    @Test
    void theDriverSeesTheIdentityOfTheProcessThatOwnsTheHandle() {
        Caller me = Caller.ofThisProcess();
        KernelProcess otherUser = kernel.attach(new Caller(me.pid() + 1, me.uid() + 1, me.gid(), 0));
        int handle = open(otherUser, BoosterDevice.SYMBOLIC_LINK, AccessMask.GENERIC_WRITE);
        try (ChildProcess child = ChildProcess.sleeper()) {
            IoStatusBlock completion = kernel.files().write(otherUser, handle, new ThreadData(child.pid(), 4).encode());

            assertThat(completion).isEqualTo(IoStatusBlock.of(NtStatus.ACCESS_DENIED));
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isZero();
        }
    }

    @Test
    void aHandleKeptAcrossTheUnloadNoLongerReachesTheDriver() {
        int handle = open(self, BoosterDevice.SYMBOLIC_LINK, AccessMask.GENERIC_WRITE);
        kernel.unloadDriver("Booster");
        try (ChildProcess child = ChildProcess.sleeper()) {
            IoStatusBlock completion = kernel.files().write(self, handle, new ThreadData(child.pid(), 4).encode());

            assertThat(completion).isEqualTo(IoStatusBlock.of(NtStatus.DEVICE_DOES_NOT_EXIST));
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isZero();
        }
        kernel.objects().close(self, handle);
        assertThat(kernel.io().deviceType().totalObjects()).isZero();
    }
}
