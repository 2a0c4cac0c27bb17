package dev.ringzero.kernel.booster;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcStatusTest {
    private static final String SLEEP_OF_NOBODY = """
            Name:\tsleep
            Umask:\t0022
            State:\tS (sleeping)
            Tgid:\t4242
            Ngid:\t0
            Pid:\t4243
            PPid:\t4200
            Uid:\t65534\t65534\t65534\t65534
            Gid:\t65533\t65533\t65533\t65533
            CapEff:\t0000000000800000
            """;

    @Test
    void parsesNameProcessIdsAndCapabilities() {
        ProcStatus status = ProcStatus.parse(SLEEP_OF_NOBODY);
        assertThat(status).isEqualTo(new ProcStatus("sleep", 4242, 4243, 65534, 65534, 65533, 65533, 0x80_0000L));
        assertThat(status.holdsSysNice()).isTrue();
    }

    @Test
    void capSysNiceIsBitTwentyThree() {
        ProcStatus status = ProcStatus.parse(SLEEP_OF_NOBODY.replace("0000000000800000", "000001ffff7fffff"));
        assertThat(status.holdsSysNice()).isFalse();
    }

    @Test
    void readsThisProcessFromProc() {
        long pid = ProcessHandle.current().pid();
        ProcStatus status = ProcStatus.read(Path.of("/proc/self/status")).orElseThrow();
        assertThat(status.tgid()).isEqualTo(pid);
        assertThat(status.pid()).isEqualTo(pid);
    }

    @Test
    void aMissingFileMeansTheThreadIsGone() {
        assertThat(ProcStatus.read(Path.of("/proc/0/status"))).isEmpty();
    }

    @Test
    void textWithoutTheNeededLinesIsRejected() {
        assertThatThrownBy(() -> ProcStatus.parse("Name:\tx\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks one of Name, Tgid, Pid, Uid, Gid");
        assertThatThrownBy(() -> ProcStatus.parse(SLEEP_OF_NOBODY.replace("Tgid:\t4242", "Tgid:\tx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Tgid is not a number: x");
    }
}
