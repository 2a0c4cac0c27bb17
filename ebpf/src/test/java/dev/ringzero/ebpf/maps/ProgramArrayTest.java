package dev.ringzero.ebpf.maps;

import static dev.ringzero.ebpf.maps.LittleEndian.segment;
import static dev.ringzero.ebpf.maps.LittleEndian.u32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProgramArrayTest {
    private final BpfProgramArray jumps =
            (BpfProgramArray) BpfMaps.create(MapSpec.of("jumps", MapType.PROG_ARRAY, 4, 4, 4));

    @Test
    void aTailCallFindsTheProgramInItsSlot() {
        Object parser = "parser program";
        assertThat(jumps.set(2, 17, parser)).isZero();
        assertThat(jumps.program(2)).isSameAs(parser);
    }

    @Test
    void anEmptyOrOutOfRangeSlotHasNoProgram() {
        assertThat(jumps.program(0)).isNull();
        assertThat(jumps.program(4)).isNull();
        assertThat(jumps.program(-1)).isNull();
        assertThat(jumps.program(1L << 32)).isNull();
    }

    @Test
    void userSpaceSeesProgramIds() {
        jumps.set(1, 17, new Object());
        assertThat(jumps.lookup(u32(1)).map(LittleEndian::u32)).contains(17);
        assertThat(jumps.lookup(u32(0))).isEmpty();
        assertThat(jumps.entries()).containsExactly(new MapEntry(u32(1), u32(17)));
        assertThat(jumps.size()).isEqualTo(1);
    }

    @Test
    void deletingASlotEmptiesItAndAnEmptySlotIsEnoent() {
        jumps.set(1, 17, new Object());
        assertThat(jumps.delete(u32(1))).isZero();
        assertThat(jumps.program(1)).isNull();
        assertThat(jumps.delete(u32(1))).isEqualTo(-2);
        assertThat(jumps.delete(u32(9))).isEqualTo(-7);
    }

    @Test
    void slotsPastTheEndAreE2big() {
        assertThat(jumps.set(4, 1, new Object())).isEqualTo(-7);
    }

    @Test
    void programsCannotReadOrChangeTheArray() {
        assertThat(jumps.lookupElement(segment(u32(0)))).isNull();
        assertThat(jumps.updateElement(segment(u32(0)), segment(u32(1)), 0)).isEqualTo(-95);
        assertThat(jumps.deleteElement(segment(u32(0)))).isEqualTo(-95);
    }

    @Test
    void aMissingProgramIsAClearError() {
        assertThatThrownBy(() -> jumps.set(0, 1, null))
                .isInstanceOf(InvalidMapArgumentException.class)
                .hasMessage("map 'jumps' (prog_array): the program for slot 0 is missing");
    }
}
