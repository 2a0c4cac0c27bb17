package dev.ringzero.ebpf.isa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bpf_conformance assembly syntax, one form per test; bytes are checked through the strict decoder. */
class ConformanceAssemblerTest {

    private static List<Instruction> asm(String text) {
        List<Instruction> instructions = ConformanceAssembler.assembleInstructions(text);
        Code code = Code.of(instructions);
        assertThat(Code.decode(code.encode())).isEqualTo(code);
        return instructions;
    }

    private static Instruction one(String text) {
        return asm(text).getFirst();
    }

    @Test
    void aluOperationsTakeARegisterOrAnImmediate() {
        assertThat(one("mov %r0, 1")).isEqualTo(new Instruction.Alu(AluOp.MOV, true, 0, Operand.imm(1)));
        assertThat(one("add32 %r1, %r2")).isEqualTo(new Instruction.Alu(AluOp.ADD, false, 1, Operand.reg(2)));
        assertThat(one("sdiv32 %r1, -3")).isEqualTo(new Instruction.Alu(AluOp.SDIV, false, 1, Operand.imm(-3)));
        assertThat(one("smod %r1, %r2")).isEqualTo(new Instruction.Alu(AluOp.SMOD, true, 1, Operand.reg(2)));
        assertThat(one("neg32 %r3")).isEqualTo(new Instruction.Alu(AluOp.NEG, false, 3, Operand.imm(0)));
    }

    @Test
    void movsxNamesSourceAndDestinationWidths() {
        assertThat(one("movsx1632 %r0, %r1")).isEqualTo(new Instruction.Alu(AluOp.MOVSX16, false, 0, Operand.reg(1)));
        assertThat(one("movsx3264 %r0, %r9")).isEqualTo(new Instruction.Alu(AluOp.MOVSX32, true, 0, Operand.reg(9)));
    }

    @Test
    void byteOrderMnemonicsCarryTheirWidth() {
        assertThat(one("be16 %r0")).isEqualTo(new Instruction.Endian(ByteOrder.TO_BE, 16, 0));
        assertThat(one("le32 %r1")).isEqualTo(new Instruction.Endian(ByteOrder.TO_LE, 32, 1));
        assertThat(one("swap64 %r2")).isEqualTo(new Instruction.Endian(ByteOrder.SWAP, 64, 2));
        assertThat(one("bswap16 %r2")).isEqualTo(new Instruction.Endian(ByteOrder.SWAP, 16, 2));
    }

    @Test
    void memoryOperandsHaveAnOptionalSignedOffset() {
        assertThat(one("ldxw %r0, [%r1+2]")).isEqualTo(new Instruction.Load(Size.W, false, 0, 1, 2));
        assertThat(one("ldxb %r0, [%r1]")).isEqualTo(new Instruction.Load(Size.B, false, 0, 1, 0));
        assertThat(one("ldxsh %r0, [%r10-2]")).isEqualTo(new Instruction.Load(Size.H, true, 0, 10, -2));
        assertThat(one("stxdw [%r10-8], %r1")).isEqualTo(new Instruction.Store(Size.DW, 10, -8, Operand.reg(1)));
        assertThat(one("stw [%r10-0x10], 0xffffffff")).isEqualTo(new Instruction.Store(Size.W, 10, -16, Operand.imm(-1)));
    }

    @Test
    void lddwTakesA64BitValue() {
        assertThat(one("lddw %r0, 0x123456789")).isEqualTo(new Instruction.LoadImm64(0, ImmKind.IMM64, 0x1_2345_6789L));
        assertThat(one("lddw %r1, 18446744073709551615")).isEqualTo(new Instruction.LoadImm64(1, ImmKind.IMM64, -1L));
    }

    @Test
    void jumpsTakeAnOffsetOrALabelCountedInSlots() {
        List<Instruction> program = asm("""
                jeq %r1, 5, done   # skips the lddw's two slots
                lddw %r0, 1
                done:
                ja -4
                exit
                """);

        assertThat(program.get(0)).isEqualTo(new Instruction.Jump(JumpOp.JEQ, true, 1, Operand.imm(5), 2));
        assertThat(program.get(2)).isEqualTo(new Instruction.Jump(JumpOp.JA, true, 0, Operand.imm(0), -4));
    }

    @Test
    void ja32CarriesItsOffsetInTheImmediate() {
        assertThat(asm("ja32 end\nmov %r0, 0\nend:\nexit").getFirst())
                .isEqualTo(new Instruction.Jump(JumpOp.JA, false, 0, Operand.imm(0), 1));
    }

    @Test
    void theFirstExitIsAlsoALabel() {
        assertThat(asm("jne %r1, 0, exit\nmov %r0, 1\nexit").getFirst())
                .isEqualTo(new Instruction.Jump(JumpOp.JNE, true, 1, Operand.imm(0), 1));
    }

    @Test
    void callsNameAHelperALocalFunctionOrARegister() {
        List<Instruction> program = asm("call 1\ncall local f\ncall %r2\nexit\nf:\nexit");

        assertThat(program).startsWith(new Instruction.Call(CallKind.HELPER, 1),
                new Instruction.Call(CallKind.LOCAL, 2), new Instruction.CallReg(2));
    }

    @Test
    void lockFormsAssembleToAtomics() {
        assertThat(one("lock add [%r10-8], %r1")).isEqualTo(new Instruction.Atomic(AtomicOp.ADD, Size.DW, 10, 1, -8));
        assertThat(one("lock fetch xor32 [%r10-4], %r3"))
                .isEqualTo(new Instruction.Atomic(AtomicOp.FETCH_XOR, Size.W, 10, 3, -4));
        assertThat(one("lock xchg32 [%r1], %r2")).isEqualTo(new Instruction.Atomic(AtomicOp.XCHG, Size.W, 1, 2, 0));
        assertThat(one("lock cmpxchg [%r1+8], %r2")).isEqualTo(new Instruction.Atomic(AtomicOp.CMPXCHG, Size.DW, 1, 2, 8));
    }

    @Test
    void legacyPacketLoadsAssemble() {
        assertThat(one("ldabsh 12")).isEqualTo(new Instruction.LoadPacket(Size.H, false, 0, 12));
        assertThat(one("ldindb %r3, 2")).isEqualTo(new Instruction.LoadPacket(Size.B, true, 3, 2));
    }

    @Test
    void decimalImmediatesAreSigned32Bit() {
        assertThat(one("mov32 %r0, -2147483648")).isEqualTo(new Instruction.Alu(AluOp.MOV, false, 0, Operand.imm(Integer.MIN_VALUE)));
        assertThatThrownBy(() -> asm("mov32 %r0, 2147483648"))
                .isInstanceOf(AssemblerException.class).hasMessage("line 1: immediate 2147483648 does not fit in 32 bits");
    }

    @Test
    void hexImmediatesAre32BitPatterns() {
        assertThat(one("mov %r0, 0xffffffff")).isEqualTo(new Instruction.Alu(AluOp.MOV, true, 0, Operand.imm(-1)));
        assertThatThrownBy(() -> asm("mov %r0, 0x100000000")).hasMessageContaining("does not fit in 32 bits");
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> asm("mov %r0, 1\n\nor %r0, %r50\nexit"))
                .isInstanceOf(AssemblerException.class)
                .hasMessage("line 3: Invalid register: %r50")
                .extracting(e -> ((AssemblerException) e).line()).isEqualTo(3);
    }

    @Test
    void badInputIsRejectedWithAReason() {
        assertThatThrownBy(() -> asm("ldxq %r0, %r1")).hasMessageContaining("Invalid mnemonic: ldxq");
        assertThatThrownBy(() -> asm("ja NOWHERE\nexit")).hasMessageContaining("Invalid label: NOWHERE");
        assertThatThrownBy(() -> asm("lock or [%r10-8]")).hasMessageContaining("Invalid number of operands for lock");
        assertThatThrownBy(() -> asm("lddw %r0")).hasMessageContaining("Invalid number of operands");
        assertThatThrownBy(() -> asm("ldxb %r0, [%r1+0x10000]")).hasMessageContaining("16-bit range");
        assertThatThrownBy(() -> asm("ldxb %r0, %r1")).hasMessageContaining("Invalid memory operand");
        assertThatThrownBy(() -> asm("a:\na:\nexit")).hasMessageContaining("duplicate label a");
        assertThatThrownBy(() -> asm("mov %r0, 12abc")).hasMessageContaining("Invalid number: 12abc");
    }
}
