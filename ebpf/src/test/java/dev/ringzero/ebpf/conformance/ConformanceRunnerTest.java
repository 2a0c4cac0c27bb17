package dev.ringzero.ebpf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConformanceRunnerTest {

    private static ConformanceResult run(String text, boolean negative) {
        return ConformanceRunner.run(ConformanceCaseReader.parse("t.data", text), negative);
    }

    @Test
    void r1AndR2AreTheMemoryAndItsLength() {
        ConformanceResult result = run("-- asm\nldxb %r0, [%r1+2]\nadd %r0, %r2\nexit\n-- mem\n00 00 10\n-- result\n0x13\n", false);

        assertThat(result.passed()).as(result.describe()).isTrue();
    }

    @Test
    void theUnwindHelperEndsTheProgramWhenItsArgumentIsZero() {
        ConformanceResult result = run("-- asm\nmov %r0, 7\nmov %r1, 0\ncall 5\nmov %r0, 2\nexit\n-- result\n0x0\n", false);

        assertThat(result.execution()).isInstanceOf(Execution.Returned.class);
        assertThat(result.passed()).as(result.describe()).isTrue();
    }

    @Test
    void readingPastTheMemoryFaultsAndFailsTheTest() {
        ConformanceResult result = run("-- asm\nldxw %r0, [%r1+2]\nexit\n-- mem\n00 00 10\n-- result\n0x10\n", false);

        assertThat(result.passed()).isFalse();
        assertThat(result.describe()).isEqualTo(
                "FAIL t.data: faulted: at instruction 0: read of 4 bytes at input+2 is outside the 3-byte input");
    }

    @Test
    void aWrongResultFailsAPositiveTestAndPassesANegativeOne() {
        String text = "-- asm\nmov %r0, 1\nexit\n-- result\n0x2\n";

        assertThat(run(text, false).passed()).isFalse();
        assertThat(run(text, true).passed()).isTrue();
    }

    @Test
    void theStatedResultFailsANegativeTest() {
        assertThat(run("-- asm\nmov %r0, 2\nexit\n-- result\n0x2\n", true).passed()).isFalse();
    }

    @Test
    void aFileExpectingAnErrorPassesWhenTheProgramIsRejected() {
        ConformanceResult result = run("-- asm\nor %r0, %r10\nexit\n-- error\nInvalid\n", false);

        assertThat(result.passed()).isTrue();
        assertThat(result.execution()).isEqualTo(new Execution.Rejected("structural check",
                "instruction 0: r0 is read before it is written on some path"));
    }

    @Test
    void aRawInstructionNamingRegister11IsRejectedByTheDecoder() {
        ConformanceResult result = run("-- raw\n61 0b 00 00 00 00 00 00\n95 00 00 00 00 00 00 00\n-- error\n", true);

        assertThat(result.execution()).isInstanceOf(Execution.Rejected.class)
                .extracting(e -> ((Execution.Rejected) e).stage()).isEqualTo("decoder");
    }

    @Test
    void assemblerErrorsNameTheFileLine() {
        ConformanceResult result = run("# header\n-- asm\nmov %r0, 1\nldxq %r0, %r1\nexit\n-- result\n0x1\n", false);

        assertThat(result.execution()).isEqualTo(new Execution.Rejected("assembler", "line 4: Invalid mnemonic: ldxq"));
    }

    @Test
    void aFileWithoutProgramIsRejected() {
        assertThat(run("-- result\n0x0\n", true).execution()).isInstanceOf(Execution.Rejected.class);
    }
}
