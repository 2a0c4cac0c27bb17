package dev.ringzero.ebpf.isa;

/** The second operand of an ALU or conditional jump instruction: a register or a 32-bit immediate. */
public sealed interface Operand {

    record Reg(int reg) implements Operand {
        public Reg {
            Registers.check(reg);
        }
    }

    record Imm(int value) implements Operand {}

    static Operand reg(int reg) { return new Reg(reg); }

    static Operand imm(int value) { return new Imm(value); }
}
