package dev.ringzero.ebpf.isa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every instruction line of real {@code llvm-objdump -d} output (clang 14 and llvm-mc 14 objects, see
 * {@code golden/disasm/src/build.sh}) decodes and formats back to exactly the text and line LLVM printed.
 */
class DisassemblerGoldenTest {

    private static final String BEYOND_LLVM14 = "beyond-llvm14.golden";

    @TestFactory
    Stream<DynamicTest> everyLlvmObjdumpLineIsReproducedExactly() {
        Map<String, String> beyond = beyondLlvm14ByBytes();
        return DisassemblyGolden.index().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            LlvmSyntax syntax = name.endsWith(".alu32.objdump") ? LlvmSyntax.ALU32 : LlvmSyntax.DEFAULT;
            List<String> mismatches = new ArrayList<>();
            int checked = 0;
            for (DisassemblyGolden.Section section : DisassemblyGolden.load(name).sections()) {
                for (DisassemblyGolden.Line line : section.lines()) {
                    String text = Disassembler.format(line.decode(), line.pc(), section.labels(), syntax);
                    checked++;
                    if (line.text().equals("<unknown>")) {
                        String expected = beyond.get(line.hex());
                        if (expected == null || !withoutLabel(text).equals(expected)) {
                            mismatches.add(line.raw() + "\n  ours:     " + text + "\n  expected: " + expected
                                    + " (from " + BEYOND_LLVM14 + ")");
                        }
                        continue;
                    }
                    String ours = Disassembler.formatLine(line.pc(), line.bytes(), text);
                    if (!ours.equals(line.raw())) {
                        mismatches.add(line.raw() + "\n  ours: " + ours);
                    }
                }
            }
            assertThat(checked).as("instruction lines in %s", name).isPositive();
            assertThat(mismatches).as("lines of %s formatted differently", name).isEmpty();
        }));
    }

    @Test
    void instructionsLlvm14CannotPrintUseNewerLlvmSpellings() {
        DisassemblyGolden golden = DisassemblyGolden.load(BEYOND_LLVM14);
        List<String> mismatches = new ArrayList<>();
        for (DisassemblyGolden.Line line : golden.sections().getFirst().lines()) {
            String ours = Disassembler.formatLine(line.pc(), line.bytes(),
                    Disassembler.format(line.decode(), line.pc(), LabelResolver.none()));
            if (!ours.equals(line.raw())) {
                mismatches.add(line.raw() + "\n  ours: " + ours);
            }
        }
        assertThat(golden.sections().getFirst().lines()).hasSizeGreaterThan(40);
        assertThat(mismatches).isEmpty();
    }

    private static Map<String, String> beyondLlvm14ByBytes() {
        Map<String, String> byBytes = new HashMap<>();
        for (DisassemblyGolden.Line line : DisassemblyGolden.load(BEYOND_LLVM14).sections().getFirst().lines()) {
            byBytes.put(line.hex(), line.text());
        }
        return byBytes;
    }

    private static String withoutLabel(String text) {
        return text.replaceFirst(" <[^>]+>$", "");
    }
}
