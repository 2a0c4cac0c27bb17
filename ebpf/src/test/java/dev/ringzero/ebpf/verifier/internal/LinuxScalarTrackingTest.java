package dev.ringzero.ebpf.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.AluOp;
import dev.ringzero.ebpf.isa.JumpOp;
import org.junit.jupiter.api.Test;

/**
 * The number tracking of the Linux 6.18 verifier as {@link LinuxBounds} reproduces it, including the
 * places where Linux is less precise than it could be (each observed on the running kernel): our verdicts
 * must be the kernel's, so we must not know more than it does.
 */
class LinuxScalarTrackingTest {
    private static final long U32_MAX = 0xFFFF_FFFFL;

    private static Scalar fallThrough(JumpOp op, boolean wide, Scalar a, long imm) {
        return LinuxBounds.refine(op, wide, a, Scalar.constant(imm), false, false)[0];
    }

    private static Scalar taken(JumpOp op, boolean wide, Scalar a, long imm) {
        return LinuxBounds.refine(op, wide, a, Scalar.constant(imm), true, false)[0];
    }

    @Test
    void mixedDeductionOverwritesTighter64BitBoundsWith32BitOnes() {
        // if r7 s> 30 goto ..; if r7 >= 1000 goto ..: the fall-through is [0, 999], not [0, 30]
        Scalar r7 = fallThrough(JumpOp.JSGT, true, Scalar.UNKNOWN, 30);
        assertThat(r7.smax()).isEqualTo(30);
        r7 = fallThrough(JumpOp.JGE, true, r7, 1000);
        assertThat(r7.smin()).isEqualTo(0);
        assertThat(r7.smax()).isEqualTo(999);
        assertThat(r7.umax()).isEqualTo(999);
    }

    @Test
    void negationIsZeroMinusTheValueAndItsBoundsAreLostToTheOverwrite() {
        // w9 = w9 (a u32); r9 = -r9; if r9 >= 0x5a53: the fall-through is [0, 23122], although only 0 is possible
        Scalar r9 = LinuxBounds.move32(Scalar.UNKNOWN);
        r9 = LinuxBounds.alu(AluOp.NEG, true, r9, Scalar.constant(0));
        assertThat(r9.smin()).isEqualTo(-U32_MAX);
        assertThat(r9.smax()).isEqualTo(0);
        assertThat(r9.umax()).isEqualTo(-1L);
        r9 = fallThrough(JumpOp.JGE, true, r9, 0x5a53);
        assertThat(r9.smin()).isEqualTo(0);
        assertThat(r9.smax()).isEqualTo(23122);
        assertThat(r9.umax()).isEqualTo(23122);
    }

    @Test
    void signExtendingMoveOfARangeCrossingZeroFallsBackToTheTypeBounds() {
        // r5 in [-255, 0]; r5 = (s32)r5: the upper halves of smin and smax differ, so Linux gives up
        Scalar r5 = Scalar.signedRange(-255, 0);
        Scalar sx = LinuxBounds.signExtend64(r5, 4);
        assertThat(sx.smin()).isEqualTo(Integer.MIN_VALUE);
        assertThat(sx.smax()).isEqualTo(Integer.MAX_VALUE);
        assertThat(sx.umin()).isEqualTo(0);
        assertThat(sx.umax()).isEqualTo(-1L);
        assertThat(sx.mask()).isEqualTo(-1L);
        // a range on one side of zero keeps its bounds
        Scalar positive = LinuxBounds.signExtend64(Scalar.range(3, 90), 1);
        assertThat(positive.smin()).isEqualTo(3);
        assertThat(positive.smax()).isEqualTo(90);
    }

    @Test
    void jsetFallThroughForgetsTheRangesBeforeClearingTheBits() {
        // r5 in [0x7fffffff, 0x17ffffffe]; if r5 & 0xff goto ..: the fall-through loses umin
        Scalar r5 = LinuxBounds.alu(AluOp.ADD, true, LinuxBounds.move32(Scalar.UNKNOWN), Scalar.constant(0x7fffffff));
        assertThat(r5.umin()).isEqualTo(0x7fffffffL);
        assertThat(r5.umax()).isEqualTo(0x17ffffffeL);
        Scalar f = fallThrough(JumpOp.JSET, true, r5, 0xff);
        assertThat(f.smin()).isEqualTo(0);
        assertThat(f.umin()).isEqualTo(0);
        assertThat(f.umax()).isEqualTo(0x1ffffff00L);
        assertThat(f.mask()).isEqualTo(0x1ffffff00L);
    }

    @Test
    void quotientsRemaindersAndVariableShiftsAreUnknown() {
        Scalar small = Scalar.range(0, 10);
        assertThat(LinuxBounds.alu(AluOp.DIV, true, small, Scalar.constant(3))).isEqualTo(Scalar.UNKNOWN);
        assertThat(LinuxBounds.alu(AluOp.MOD, false, small, Scalar.constant(3))).isEqualTo(Scalar.UNKNOWN);
        assertThat(LinuxBounds.alu(AluOp.LSH, true, small, Scalar.range(0, 3))).isEqualTo(Scalar.UNKNOWN);
        assertThat(LinuxBounds.alu(AluOp.RSH, false, small, Scalar.constant(40))).isEqualTo(Scalar.UNKNOWN);
        Scalar shifted = LinuxBounds.alu(AluOp.LSH, true, small, Scalar.constant(2));
        assertThat(shifted.umax()).isEqualTo(40);
    }

    @Test
    void thirtyTwoBitResultsAreZeroExtended() {
        // w5 = -w5 on [0, 255]: the low half is [-255, 0] as s32, the register [0, 0xffffffff]
        Scalar r5 = LinuxBounds.alu(AluOp.NEG, false, Scalar.range(0, 255), Scalar.constant(0));
        assertThat(r5.s32min()).isEqualTo(-255);
        assertThat(r5.s32max()).isEqualTo(0);
        assertThat(r5.smin()).isEqualTo(0);
        assertThat(r5.umax()).isEqualTo(U32_MAX);
        // and a 32-bit comparison then decides on the low half alone
        assertThat(LinuxBounds.branchTaken(JumpOp.JNE, false, r5, Scalar.constant(0x7fffffff))).isEqualTo(1);
    }

    @Test
    void aRegisterComparedWithItselfIsRefinedAsOneRegister() {
        // if r0 < r0 (r0 in [0, 255]): both operands' updates apply to r0, so the taken branch has [1, 254]
        Scalar r0 = Scalar.range(0, 255);
        Scalar t = LinuxBounds.refine(JumpOp.JLT, true, r0, r0, true, true)[0];
        assertThat(t.umin()).isEqualTo(1);
        assertThat(t.umax()).isEqualTo(254);
        assertThat(LinuxBounds.branchTaken(JumpOp.JLT, true, r0, r0)).isEqualTo(-1);
    }

    @Test
    void sumsAndDifferencesThatAllWrapStayARange() {
        // w6 in [0x7fffffff, 0x8000fffe]; w6 = -w6: every difference wraps, so u32 is [0x7fff0002, 0x80000001]
        Scalar w6 = LinuxBounds.alu(AluOp.ADD, false, Scalar.range(0, 0xffff), Scalar.constant(0x7fffffff));
        Scalar neg = LinuxBounds.alu(AluOp.NEG, false, w6, Scalar.constant(0));
        assertThat(neg.umin()).isEqualTo(0x7fff0002L);
        assertThat(neg.umax()).isEqualTo(0x80000001L);
        // but when only some wrap, nothing is known
        Scalar some = LinuxBounds.alu(AluOp.SUB, true, Scalar.range(0, 10), Scalar.constant(5));
        assertThat(some.umin()).isEqualTo(0);
        assertThat(some.umax()).isEqualTo(-1L);
    }

    @Test
    void multiplicationUsesTheProductsOfTheBounds() {
        Scalar r = LinuxBounds.alu(AluOp.MUL, true, Scalar.signedRange(-3, 4), Scalar.constant(-5));
        assertThat(r.smin()).isEqualTo(-20);
        assertThat(r.smax()).isEqualTo(15);
    }

    @Test
    void byteSwapsMoveTheKnownBitsAndLittleEndianConversionsTruncate() {
        Scalar b = LinuxBounds.byteOrder(Scalar.range(0, 255), 32, true);
        assertThat(b.umax()).isEqualTo(0xff000000L);
        assertThat(b.mask()).isEqualTo(0xff000000L);
        Scalar le = LinuxBounds.byteOrder(Scalar.signedRange(-255, 0), 64, false);
        assertThat(le).isEqualTo(Scalar.signedRange(-255, 0));
    }

    @Test
    void syncedConstantsAreExact() {
        Scalar c = Scalar.constant(-7);
        assertThat(LinuxBounds.synced(c)).isEqualTo(c);
        assertThat(taken(JumpOp.JEQ, true, Scalar.range(0, 100), 42)).isEqualTo(Scalar.constant(42));
    }
}
