package dev.ringzero.ebpf.maps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrnoTest {

    @Test
    void codesAreLinuxErrorNumbers() {
        assertThat(Errno.ENOENT.code()).isEqualTo(2);
        assertThat(Errno.E2BIG.code()).isEqualTo(7);
        assertThat(Errno.ENOMEM.code()).isEqualTo(12);
        assertThat(Errno.EBUSY.code()).isEqualTo(16);
        assertThat(Errno.EEXIST.code()).isEqualTo(17);
        assertThat(Errno.EINVAL.code()).isEqualTo(22);
        assertThat(Errno.ENOSPC.code()).isEqualTo(28);
    }

    @Test
    void helpersReturnTheNegatedCodeAndItDecodesBack() {
        assertThat(Errno.EEXIST.negated()).isEqualTo(-17);
        assertThat(Errno.fromReturn(-17)).contains(Errno.EEXIST);
        assertThat(Errno.fromReturn(0)).isEmpty();
        assertThat(Errno.fromReturn(-9999)).isEmpty();
    }

    @Test
    void updateFlagsDecodeToModesAndAnythingElseIsInvalid() {
        assertThat(UpdateMode.fromFlags(0)).contains(UpdateMode.ANY);
        assertThat(UpdateMode.fromFlags(1)).contains(UpdateMode.NOEXIST);
        assertThat(UpdateMode.fromFlags(2)).contains(UpdateMode.EXIST);
        assertThat(UpdateMode.fromFlags(3)).isEmpty();
        assertThat(UpdateMode.fromFlags(4)).isEmpty();
    }
}
