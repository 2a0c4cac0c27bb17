package dev.ringzero.ebpf.isa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisassemblerTest {

    private static final LabelResolver NO_LABELS = LabelResolver.none();

    @Test
    void aJumpIsAnnotatedWithTheSymbolAtItsTarget() {
        var labels = DisassemblyLabels.of(Map.of(0, "br64", 5, "LBB0_2"));
        var jump = new Instruction.Jump(JumpOp.JGT, true, 1, Operand.reg(2), 3);

        assertThat(Disassembler.format(jump, 1, labels)).isEqualTo("if r1 > r2 goto +3 <LBB0_2>");
    }

    @Test
    void aJumpBetweenSymbolsIsAnnotatedWithTheByteDistanceFromTheSymbolBefore() {
        var labels = DisassemblyLabels.of(Map.of(0, "f"));
        var jump = new Instruction.Jump(JumpOp.JA, true, 0, Operand.imm(0), 18);

        assertThat(Disassembler.format(jump, 1, labels)).isEqualTo("goto +18 <f+0xa0>");
    }

    @Test
    void aJumpBeforeEverySymbolHasNoAnnotation() {
        var labels = DisassemblyLabels.of(Map.of(10, "later"));
        var jump = new Instruction.Jump(JumpOp.JEQ, false, 1, Operand.imm(0), -5);

        assertThat(Disassembler.format(jump, 6, labels)).isEqualTo("if w1 == 0 goto -5");
    }

    @Test
    void theAlu32ViewNamesSubregistersOfNarrowLoadsAndStoresOnly() {
        var load = new Instruction.Load(Size.W, false, 1, 10, -16);
        var wideStore = new Instruction.Store(Size.DW, 10, -8, Operand.reg(1));

        assertThat(Disassembler.format(load, 0, NO_LABELS, LlvmSyntax.DEFAULT)).isEqualTo("r1 = *(u32 *)(r10 - 16)");
        assertThat(Disassembler.format(load, 0, NO_LABELS, LlvmSyntax.ALU32)).isEqualTo("w1 = *(u32 *)(r10 - 16)");
        assertThat(Disassembler.format(wideStore, 0, NO_LABELS, LlvmSyntax.ALU32)).isEqualTo("*(u64 *)(r10 - 8) = r1");
    }

    @Test
    void aThirtyTwoBitFetchAddLooksLikeAPlainAddWithoutAlu32AsInLlvm() {
        var fetchAdd = new Instruction.Atomic(AtomicOp.FETCH_ADD, Size.W, 1, 2, 16);

        assertThat(Disassembler.format(fetchAdd, 0, NO_LABELS)).isEqualTo("lock *(u32 *)(r1 + 16) += r2");
        assertThat(Disassembler.format(fetchAdd, 0, NO_LABELS, LlvmSyntax.ALU32))
                .isEqualTo("w2 = atomic_fetch_add((u32 *)(r1 + 16), w2)");
    }

    @Test
    void anIndirectPacketLoadKeepsANonZeroImmediate() {
        var plain = new Instruction.LoadPacket(Size.H, true, 7, 0);
        var withImm = new Instruction.LoadPacket(Size.B, true, 7, 14);

        assertThat(Disassembler.format(plain, 0, NO_LABELS)).isEqualTo("r0 = *(u16 *)skb[r7]");
        assertThat(Disassembler.format(withImm, 0, NO_LABELS)).isEqualTo("r0 = *(u8 *)skb[r7 + 14]");
    }

    @Test
    void aPseudoLddwPrintsItsSourceAndUnsignedFirstImmediateAsLlvmDoes() {
        var mapFd = new Instruction.LoadImm64(1, ImmKind.MAP_FD, 0xffff_ffffL);

        assertThat(Disassembler.format(mapFd, 0, NO_LABELS)).isEqualTo("ld_pseudo\tr1, 1, 4294967295");
    }

    @Test
    void anLddwLineCarriesBothSlotsBytes() {
        byte[] bytes = {0x18, 0x02, 0, 0, (byte) 0xcb, 0x04, (byte) 0xfb, 0x71, 0, 0, 0, 0, 0x1f, 0x01, 0, 0};

        assertThat(Disassembler.formatLine(33, bytes, "r2 = 1234567890123 ll"))
                .isEqualTo("      33:\t18 02 00 00 cb 04 fb 71 00 00 00 00 1f 01 00 00\tr2 = 1234567890123 ll");
    }

    @Test
    void aLineOfAnythingButOneOrTwoSlotsIsRejected() {
        assertThatThrownBy(() -> Disassembler.formatLine(0, new byte[7], "exit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 or 16 bytes, not 7");
    }

    @Test
    void aListingNumbersInstructionsBySlot() {
        Code code = Code.of(List.of(
                new Instruction.LoadImm64(0, ImmKind.IMM64, -1),
                new Instruction.Jump(JumpOp.JA, true, 0, Operand.imm(0), -3),
                new Instruction.Exit()));

        assertThat(Disassembler.listing(code, DisassemblyLabels.of(Map.of(0, "prog")), LlvmSyntax.DEFAULT))
                .containsExactly(
                        "       0:\t18 00 00 00 ff ff ff ff 00 00 00 00 ff ff ff ff\tr0 = -1 ll",
                        "       2:\t05 00 fd ff 00 00 00 00\tgoto -3 <prog>",
                        "       3:\t95 00 00 00 00 00 00 00\texit");
    }
}
