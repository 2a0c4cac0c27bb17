package dev.ringzero.ebpf.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 9669's edge cases, one per test. */
class SemanticsTest {

    private static final long INT_MIN = 0x8000_0000L;

    @Test
    void unsignedDivisionByZeroYieldsZero() {
        assertThat(Semantics.div64(42, 0)).isZero();
        assertThat(Semantics.div32(42, 0)).isZero();
    }

    @Test
    void the32BitDivisorIsTheLowHalfOfTheRegister() {
        assertThat(Semantics.div32(42, 0x1_0000_0000L)).isZero();
        assertThat(Semantics.div32(42, 0x1_0000_0002L)).isEqualTo(21);
    }

    @Test
    void unsignedDivisionTreatsOperandsAsUnsigned() {
        assertThat(Semantics.div64(-1L, 2)).isEqualTo(0x7fff_ffff_ffff_ffffL);
        assertThat(Semantics.div32(0xffff_fffeL, 2)).isEqualTo(0x7fff_ffffL);
    }

    @Test
    void moduloByZeroLeavesTheDividend() {
        assertThat(Semantics.mod64(-5L, 0)).isEqualTo(-5L);
        assertThat(Semantics.smod64(-5L, 0)).isEqualTo(-5L);
    }

    @Test
    void the32BitModuloByZeroZeroExtendsTheDividend() {
        assertThat(Semantics.mod32(0xdead_beef_0000_0007L, 0)).isEqualTo(7);
        assertThat(Semantics.smod32(-1L, 0)).isEqualTo(0xffff_ffffL);
    }

    @Test
    void signedDivisionByZeroYieldsZero() {
        assertThat(Semantics.sdiv64(-7, 0)).isZero();
        assertThat(Semantics.sdiv32(-7, 0)).isZero();
    }

    @Test
    void signedDivisionOfIntMinByMinusOneIsIntMin() {
        assertThat(Semantics.sdiv64(Long.MIN_VALUE, -1)).isEqualTo(Long.MIN_VALUE);
        assertThat(Semantics.sdiv32(INT_MIN, -1)).isEqualTo(INT_MIN);
    }

    @Test
    void signedModuloOfIntMinByMinusOneIsZero() {
        assertThat(Semantics.smod64(Long.MIN_VALUE, -1)).isZero();
        assertThat(Semantics.smod32(INT_MIN, -1)).isZero();
    }

    @Test
    void signedDivisionTruncatesTowardZero() {
        assertThat(Semantics.sdiv64(-7, 2)).isEqualTo(-3);
        assertThat(Semantics.sdiv32(-7, 2)).isEqualTo(0xffff_fffdL);
    }

    @Test
    void signedModuloTakesTheSignOfTheDividend() {
        assertThat(Semantics.smod64(-7, 2)).isEqualTo(-1);
        assertThat(Semantics.smod64(7, -2)).isEqualTo(1);
        assertThat(Semantics.smod32(-7, 2)).isEqualTo(0xffff_ffffL);
    }

    @Test
    void shiftAmountsAreMaskedToTheOperandWidth() {
        assertThat(Semantics.lsh64(1, 65)).isEqualTo(2);
        assertThat(Semantics.rsh64(4, 66)).isEqualTo(1);
        assertThat(Semantics.lsh32(1, 33)).isEqualTo(2);
        assertThat(Semantics.rsh32(4, 34)).isEqualTo(1);
    }

    @Test
    void the32BitShiftsWorkOnTheLowHalfAndZeroExtend() {
        assertThat(Semantics.lsh32(0x8000_0001L, 1)).isEqualTo(2);
        assertThat(Semantics.rsh32(0xffff_ffff_0000_0010L, 4)).isEqualTo(1);
        assertThat(Semantics.arsh32(INT_MIN, 4)).isEqualTo(0xf800_0000L);
    }

    @Test
    void arithmeticShiftKeepsTheSign() {
        assertThat(Semantics.arsh64(-16, 2)).isEqualTo(-4);
        assertThat(Semantics.arsh64(Long.MIN_VALUE, 63)).isEqualTo(-1);
    }

    @Test
    void movsxSignExtendsTheLowBitsTo64() {
        assertThat(Semantics.movsx64(0x80, 8)).isEqualTo(-128);
        assertThat(Semantics.movsx64(0x1_7fff, 16)).isEqualTo(0x7fff);
        assertThat(Semantics.movsx64(0xffff_ffffL, 32)).isEqualTo(-1);
    }

    @Test
    void movsxIn32BitFormZeroExtendsTheSignExtended32BitValue() {
        assertThat(Semantics.movsx32(0x80, 8)).isEqualTo(0xffff_ff80L);
        assertThat(Semantics.movsx32(0x8000, 16)).isEqualTo(0xffff_8000L);
    }

    @Test
    void signExtendingLoadsExtendFromTheAccessWidth() {
        assertThat(Semantics.signExtend(0xff, 1)).isEqualTo(-1);
        assertThat(Semantics.signExtend(0x7fff, 2)).isEqualTo(0x7fff);
        assertThat(Semantics.signExtend(0x8000_0000L, 4)).isEqualTo(-0x8000_0000L);
    }

    @Test
    void byteSwapsReverseTheLowBytesAndDropTheRest() {
        assertThat(Semantics.byteSwap(0x1122_3344_5566_7788L, 16)).isEqualTo(0x8877);
        assertThat(Semantics.byteSwap(0x1122_3344_5566_7788L, 32)).isEqualTo(0x8877_6655L);
        assertThat(Semantics.byteSwap(0x1122_3344_5566_7788L, 64)).isEqualTo(0x8877_6655_4433_2211L);
    }

    @Test
    void toLittleEndianOnThisMachineTruncates() {
        assertThat(Semantics.toLittleEndian(0x1122_3344_5566_7788L, 16)).isEqualTo(0x7788);
        assertThat(Semantics.toLittleEndian(0x1122_3344_5566_7788L, 32)).isEqualTo(0x5566_7788L);
        assertThat(Semantics.toLittleEndian(0x1122_3344_5566_7788L, 64)).isEqualTo(0x1122_3344_5566_7788L);
    }

    @Test
    void unsignedComparisonsTreatNegativeNumbersAsLarge() {
        assertThat(Semantics.jgt(-1, 1)).isTrue();
        assertThat(Semantics.jlt(1, -1)).isTrue();
        assertThat(Semantics.jge(5, 5)).isTrue();
        assertThat(Semantics.jle(6, 5)).isFalse();
    }

    @Test
    void the32BitComparisonsIgnoreTheHighHalf() {
        assertThat(Semantics.jgt32(0x1_0000_0000L, 1)).isFalse();
        assertThat(Semantics.jlt32(0x1_0000_0000L, 1)).isTrue();
        assertThat(Semantics.jge32(0xffff_ffffL, -1)).isTrue();
        assertThat(Semantics.jle32(0x5_0000_0002L, 2)).isTrue();
    }
}
