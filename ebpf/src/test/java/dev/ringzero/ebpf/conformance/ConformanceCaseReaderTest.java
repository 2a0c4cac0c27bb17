package dev.ringzero.ebpf.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConformanceCaseReaderTest {

    @Test
    void readsAssemblyMemoryAndResult() {
        ConformanceCase c = ConformanceCaseReader.parse("ldxb.data", """
                # Copyright notice
                -- asm
                ldxb %r0, [%r1+0x2]
                exit
                -- mem
                aa bb 11
                cc dd
                -- result
                0x11
                """);

        assertThat(c.asm()).hasValue("ldxb %r0, [%r1+0x2]\nexit\n");
        assertThat(c.asmFirstLine()).isEqualTo(3);
        assertThat(c.memory()).containsExactly(0xaa, 0xbb, 0x11, 0xcc, 0xdd);
        assertThat(c.result()).hasValue(0x11);
        assertThat(c.expectsError()).isFalse();
    }

    @Test
    void rawInstructionsAreHexBytesOr64BitWords() {
        ConformanceCase bytes = ConformanceCaseReader.parse("a", "-- raw\n95 00 00 00 00 00 00 00\n-- error\n");
        ConformanceCase words = ConformanceCaseReader.parse("b", "-- raw\n0x0000000000000095\n-- result\n0\n");

        assertThat(bytes.raw().orElseThrow()).containsExactly(0x95, 0, 0, 0, 0, 0, 0, 0);
        assertThat(words.raw().orElseThrow()).containsExactly(0x95, 0, 0, 0, 0, 0, 0, 0);
        assertThat(bytes.expectedError()).hasValue("");
    }

    @Test
    void decimalResultsAndIgnoredSectionsAreRead() {
        ConformanceCase c = ConformanceCaseReader.parse("a", """
                -- asm
                mov %r0, %r2
                exit
                -- no register offset
                anything
                -- c
                int main() { return 0; }
                -- result
                18446744073709551615
                """);

        assertThat(c.result()).hasValue(-1L);
    }

    @Test
    void anUnknownDirectiveIsAFormatError() {
        assertThatThrownBy(() -> ConformanceCaseReader.parse("x.data", "-- asm\nexit\n-- Unknown directive\n"))
                .isInstanceOf(ConformanceFormatException.class)
                .hasMessage("x.data:3: unknown directive '-- Unknown directive'");
    }

    @Test
    void aRawProgramOfPartialInstructionsIsAFormatError() {
        assertThatThrownBy(() -> ConformanceCaseReader.parse("x.data", "-- raw\n95 00 00\n-- error\n"))
                .hasMessageContaining("not a whole number of 8-byte instructions");
    }

    @Test
    void aBadByteIsAFormatError() {
        assertThatThrownBy(() -> ConformanceCaseReader.parse("x.data", "-- asm\nexit\n-- mem\nzz\n-- result\n0\n"))
                .hasMessageContaining("'zz' is not a hex byte");
    }
}
