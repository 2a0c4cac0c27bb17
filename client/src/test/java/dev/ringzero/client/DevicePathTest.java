package dev.ringzero.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import org.junit.jupiter.api.Test;

/** Win32 device paths to NT names, as CreateFile converts them. */
class DevicePathTest {
    @Test
    void aWin32DevicePathIsANameInTheDosDevicesDirectory() {
        assertThat(DevicePath.toNtName("\\\\.\\Booster")).isEqualTo("\\??\\Booster");
        assertThat(DevicePath.toNtName("\\\\?\\Booster")).isEqualTo("\\??\\Booster");
    }

    @Test
    void anNtNameIsPassedOn() {
        assertThat(DevicePath.toNtName("\\Device\\Booster")).isEqualTo("\\Device\\Booster");
    }

    @Test
    void aDrivePathIsBadSyntax() {
        assertThatThrownBy(() -> DevicePath.toNtName("C:\\Booster")).isInstanceOf(NtStatusException.class)
                .extracting(e -> ((NtStatusException) e).status()).isEqualTo(NtStatus.OBJECT_PATH_SYNTAX_BAD);
    }

    @Test
    void aDevicePathWithoutANameIsInvalid() {
        assertThatThrownBy(() -> DevicePath.toNtName("\\\\.\\")).isInstanceOf(NtStatusException.class)
                .extracting(e -> ((NtStatusException) e).status()).isEqualTo(NtStatus.OBJECT_NAME_INVALID);
    }
}
