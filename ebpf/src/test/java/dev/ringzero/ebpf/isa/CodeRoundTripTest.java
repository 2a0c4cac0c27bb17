package dev.ringzero.ebpf.isa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeRoundTripTest {

    @Test
    void everyKindOfInstructionEncodesAndDecodesToItself() {
        List<Instruction> program = List.of(
                new Instruction.Alu(AluOp.SDIV, true, 1, Operand.imm(-3)),
                new Instruction.Alu(AluOp.MOVSX16, false, 2, Operand.reg(3)),
                new Instruction.Alu(AluOp.NEG, true, 4, Operand.imm(0)),
                new Instruction.Endian(ByteOrder.TO_BE, 32, 5),
                new Instruction.Endian(ByteOrder.SWAP, 64, 5),
                new Instruction.Jump(JumpOp.JSLE, false, 1, Operand.reg(2), -2),
                new Instruction.Jump(JumpOp.JA, false, 0, Operand.imm(0), 70000),
                new Instruction.Call(CallKind.HELPER, 1),
                new Instruction.Call(CallKind.LOCAL, 4),
                new Instruction.Load(Size.H, true, 0, 10, -8),
                new Instruction.Store(Size.DW, 10, -16, Operand.imm(7)),
                new Instruction.Store(Size.B, 10, -1, Operand.reg(9)),
                new Instruction.LoadImm64(1, ImmKind.MAP_VALUE, 0x0000_0010_0000_0003L),
                new Instruction.Atomic(AtomicOp.CMPXCHG, Size.DW, 10, 1, -8),
                new Instruction.LoadPacket(Size.W, true, 6, 14),
                new Instruction.Exit());
        Code code = Code.of(program);

        Code decoded = Code.decode(code.encode());

        assertThat(decoded).isEqualTo(code);
        assertThat(decoded.length()).isEqualTo(program.size() + 1);
        assertThat(decoded.instructions()).extracting(Code.At::instruction).containsExactlyElementsOf(program);
    }

    @Test
    void aNonZeroReservedFieldIsRejected() {
        byte[] addWithImmInRegisterForm = {0x0f, 0, 0, 0, 1, 0, 0, 0};

        assertThatThrownBy(() -> Code.decode(addWithImmInRegisterForm))
                .isInstanceOf(IllegalInstructionException.class)
                .hasMessageContaining("imm field must be zero");
    }

    @Test
    void anLddwWithoutItsSecondSlotIsRejected() {
        byte[] truncated = {0x18, 0, 0, 0, 1, 0, 0, 0};

        assertThatThrownBy(() -> Code.decode(truncated)).isInstanceOf(IllegalInstructionException.class);
    }
}
