package dev.ringzero.ebpf.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.ebpf.btf.LineInfo;
import dev.ringzero.ebpf.isa.Code;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The per-section view a linker and an {@code objdump -S} printer use. */
class ProgramSectionTest {

    private final ProgramSection xdp = TestObjects.load(TestObjects.PROGRAMS).section("xdp").orElseThrow();

    static Stream<String> objects() {
        return Arrays.stream(TestObjects.ALL);
    }

    @ParameterizedTest
    @MethodSource("objects")
    void everyProgramSectionDecodesAsInstructions(String object) {
        for (ProgramSection section : TestObjects.load(object).sections()) {
            assertThat(Code.decode(section.code()).length()).as(section.name()).isEqualTo(section.slotCount());
        }
    }

    @Test
    void lineInfoIsLookedUpByInstructionSlot() {
        // second_program starts at slot 6 with its signature line; slot 7 has no record of its own
        LineInfo atSix = xdp.lineInfoAt(6).orElseThrow();
        assertThat(atSix.line()).isEqualTo(27);
        assertThat(atSix.lineText()).isEqualTo("int second_program(void *ctx)");
        assertThat(xdp.lineInfoAt(7)).isEmpty();
        assertThat(xdp.lineInfosBySlot().floorEntry(7).getValue()).isEqualTo(atSix);
    }

    @Test
    void aProgramsLineInfosAreThoseInsideItsFunction() {
        Program first = TestObjects.load(TestObjects.PROGRAMS).program("first_program").orElseThrow();
        assertThat(first.lineInfos()).extracting(LineInfo::slot).containsExactly(0, 4, 5);
    }

    @Test
    void aSliceOfSlotsIsTheirBytes() {
        byte[] exit = xdp.code(5, 6);
        assertThat(exit).containsExactly(0x95, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void aSliceOutsideTheSectionIsRefused() {
        assertThatThrownBy(() -> xdp.code(20, 29)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slots [20, 29) outside section xdp of 28 slots");
    }

    @Test
    void codeIsACopy() {
        xdp.code()[0] = 0;
        assertThat(xdp.code()[0]).isEqualTo((byte) 0x18);
    }
}
