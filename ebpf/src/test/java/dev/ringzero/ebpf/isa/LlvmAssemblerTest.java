package dev.ringzero.ebpf.isa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LlvmAssemblerTest {

    @Test
    void aSourceAssemblesToTheBytesLlvmMcMakesOfIt() {
        String source = DisassemblyGolden.read("src/program.s");
        ByteArrayOutputStream llvmMc = new ByteArrayOutputStream();
        for (DisassemblyGolden.Section section : DisassemblyGolden.load("program.objdump").sections()) {
            section.lines().forEach(line -> llvmMc.writeBytes(line.bytes()));
        }

        byte[] ours = LlvmAssembler.assemble(source).encode();

        assertThat(HexFormat.of().formatHex(ours)).isEqualTo(HexFormat.of().formatHex(llvmMc.toByteArray()));
    }

    /**
     * Every line llvm-objdump printed (and every line of the newer-LLVM golden) parses back to the
     * instruction its bytes decode to, except where LLVM's text says less than the bytes: {@code call N}
     * of a local function or kfunc, {@code ld_pseudo} (no second immediate), and the 32-bit fetch-add that LLVM
     * prints as a plain add without alu32.
     */
    @TestFactory
    Stream<DynamicTest> everyGoldenLineParsesBackToItsInstruction() {
        List<String> names = new ArrayList<>(DisassemblyGolden.index());
        names.add("beyond-llvm14.golden");
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            List<String> mismatches = new ArrayList<>();
            int parsed = 0;
            for (DisassemblyGolden.Section section : DisassemblyGolden.load(name).sections()) {
                for (DisassemblyGolden.Line line : section.lines()) {
                    Instruction decoded = line.decode();
                    if (line.text().equals("<unknown>") || saysLessThanItsBytes(decoded, name)) {
                        continue;
                    }
                    parsed++;
                    Instruction ours = LlvmAssembler.parse(line.text());
                    if (!ours.equals(decoded)) {
                        mismatches.add(line.raw() + "\n  parsed:  " + ours + "\n  decoded: " + decoded);
                    }
                }
            }
            assertThat(parsed).isPositive();
            assertThat(mismatches).isEmpty();
        }));
    }

    private static boolean saysLessThanItsBytes(Instruction insn, String listing) {
        return switch (insn) {
            case Instruction.Call c -> c.kind() != CallKind.HELPER;
            case Instruction.LoadImm64 l -> l.kind() != ImmKind.IMM64 && l.secondImm() != 0;
            case Instruction.Atomic a -> a.op() == AtomicOp.FETCH_ADD && a.size() == Size.W
                    && !listing.endsWith(".alu32.objdump") && !listing.endsWith(".golden");
            default -> false;
        };
    }

    @Test
    void jumpsAndLocalCallsMayTargetLabels() {
        Code code = LlvmAssembler.assemble("""
                start:
                    call helper
                    if w1 != 3 goto start
                    gotol start
                helper: exit
                """);

        assertThat(code.instructions()).extracting(Code.At::instruction).containsExactly(
                new Instruction.Call(CallKind.LOCAL, 2),
                new Instruction.Jump(JumpOp.JNE, false, 1, Operand.imm(3), -2),
                new Instruction.Jump(JumpOp.JA, false, 0, Operand.imm(0), -3),
                new Instruction.Exit());
    }

    @Test
    void aLabelAfterAnLddwCountsItsTwoSlots() {
        Code code = LlvmAssembler.assemble("goto end\nr1 = 1 ll\nend: exit");

        assertThat(code.at(0)).isEqualTo(new Instruction.Jump(JumpOp.JA, true, 0, Operand.imm(0), 2));
        assertThat(code.startsInstruction(3)).isTrue();
    }

    @Test
    void bothRegisterViewsOfANarrowLoadAreTheSameInstruction() {
        assertThat(LlvmAssembler.parse("w1 = *(u16 *)(r2 - 2)"))
                .isEqualTo(LlvmAssembler.parse("r1 = *(u16 *)(r2 - 2)"))
                .isEqualTo(new Instruction.Load(Size.H, false, 1, 2, -2));
    }

    @Test
    void anUndefinedLabelIsReportedWithItsLine() {
        assertThatThrownBy(() -> LlvmAssembler.assemble("r0 = 0\ngoto nowhere\nexit"))
                .isInstanceOf(LlvmSyntaxException.class)
                .hasMessage("line 2: no label nowhere: 'goto nowhere'")
                .extracting(e -> ((LlvmSyntaxException) e).line()).isEqualTo(2);
    }

    @Test
    void aRegisterBeyondR10IsRejected() {
        assertThatThrownBy(() -> LlvmAssembler.parse("r11 = 1"))
                .isInstanceOf(LlvmSyntaxException.class)
                .hasMessageContaining("no register r11");
    }

    @Test
    void anImmediateWiderThan32BitsIsRejected() {
        assertThatThrownBy(() -> LlvmAssembler.parse("r1 += 4294967296"))
                .isInstanceOf(LlvmSyntaxException.class)
                .hasMessageContaining("does not fit in 32 bits");
    }

    @Test
    void mixingRegisterWidthsInOneOperationIsRejected() {
        assertThatThrownBy(() -> LlvmAssembler.parse("w1 += r2"))
                .isInstanceOf(LlvmSyntaxException.class)
                .hasMessageContaining("expected a 32-bit register w2, not r2");
    }

    @Test
    void aMemoryOffsetBeyond16BitsIsRejected() {
        assertThatThrownBy(() -> LlvmAssembler.parse("r1 = *(u64 *)(r10 - 32769)"))
                .isInstanceOf(LlvmSyntaxException.class)
                .hasMessageContaining("offset -32769 does not fit in 16 bits");
    }

    @Test
    void absurdlyLongNumbersAreRejectedAsOutOfRange() {
        assertThatThrownBy(() -> LlvmAssembler.parse("r1 = *(u64 *)(r10 - 99999999999999999999)"))
                .isInstanceOf(LlvmSyntaxException.class)
                .hasMessageContaining("does not fit in 16 bits");
        assertThatThrownBy(() -> LlvmAssembler.parse("goto +99999999999999999999"))
                .isInstanceOf(LlvmSyntaxException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> LlvmAssembler.parse("ld_pseudo r1, 99999999999, 3"))
                .isInstanceOf(LlvmSyntaxException.class)
                .hasMessageContaining("no pseudo lddw source");
    }

    @Test
    void theMostNegativeOffsetFitsIn16Bits() {
        assertThat(LlvmAssembler.parse("r0 = *(u64 *)(r10 - 32768)"))
                .isEqualTo(new Instruction.Load(Size.DW, false, 0, 10, -32768));
    }

    @Test
    void everyTruncationOfEveryGoldenLineParsesOrIsASyntaxError() {
        List<String> crashes = new ArrayList<>();
        for (DisassemblyGolden.Section section : DisassemblyGolden.load("forms.alu32.objdump").sections()) {
            for (DisassemblyGolden.Line line : section.lines()) {
                for (int end = 0; end <= line.text().length(); end++) {
                    String text = line.text().substring(0, end);
                    try {
                        LlvmAssembler.parse(text);
                    } catch (LlvmSyntaxException expected) {
                        // the clear error bad input must get
                    } catch (RuntimeException e) {
                        crashes.add("'" + text + "': " + e);
                    }
                }
            }
        }
        assertThat(crashes).isEmpty();
    }

    @Test
    void textThatIsNoInstructionIsRejected() {
        assertThatThrownBy(() -> LlvmAssembler.parse("r1 <- r2"))
                .isInstanceOf(LlvmSyntaxException.class)
                .hasMessage("not an instruction: 'r1 <- r2'");
    }

    @Test
    void anUnsupportedDirectiveIsRejected() {
        assertThatThrownBy(() -> LlvmAssembler.assemble(".text\n.quad 0\n"))
                .isInstanceOf(LlvmSyntaxException.class)
                .hasMessage("line 2: unsupported directive: '.quad 0'");
    }
}
