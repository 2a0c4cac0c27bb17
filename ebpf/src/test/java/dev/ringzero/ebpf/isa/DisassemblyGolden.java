package dev.ringzero.ebpf.isa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A golden {@code llvm-objdump -d} listing under {@code golden/disasm/}, split into sections. */
record DisassemblyGolden(String name, List<Section> sections) {

    static final String DIR = "/golden/disasm/";

    private static final Pattern SYMBOL = Pattern.compile("^([0-9a-f]{16}) <(.+)>:$");
    private static final Pattern INSTRUCTION = Pattern.compile("^ *(\\d+):\\t([0-9a-f]{2}(?: [0-9a-f]{2})*)\\t(.*)$");
    private static final Pattern SECTION = Pattern.compile("^Disassembly of section (.+):$");

    /** One instruction line as llvm-objdump printed it. */
    record Line(String raw, int pc, byte[] bytes, String text) {
        Instruction decode() {
            RawInstruction first = RawInstruction.read(bytes, 0);
            RawInstruction second = bytes.length == 16 ? RawInstruction.read(bytes, 8) : null;
            return InstructionDecoder.decode(first, second, pc);
        }

        String hex() { return HexFormat.ofDelimiter(" ").formatHex(bytes); }
    }

    /** The instruction lines of one section and the labels its symbol headers define. */
    record Section(String name, Map<Integer, String> symbolsByPc, List<Line> lines) {
        LabelResolver labels() { return DisassemblyLabels.of(symbolsByPc); }
    }

    /** The listings {@code src/build.sh} produced, by file name. */
    static List<String> index() {
        return read("index.txt").lines().filter(l -> !l.isBlank()).toList();
    }

    static DisassemblyGolden load(String name) {
        List<Section> sections = new ArrayList<>();
        String section = "";
        Map<Integer, String> symbols = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (String raw : read(name).lines().toList()) {
            Matcher m;
            if ((m = SECTION.matcher(raw)).matches()) {
                if (!lines.isEmpty() || !symbols.isEmpty()) {
                    sections.add(new Section(section, symbols, lines));
                }
                section = m.group(1);
                symbols = new LinkedHashMap<>();
                lines = new ArrayList<>();
            } else if ((m = SYMBOL.matcher(raw)).matches()) {
                symbols.putIfAbsent((int) (Long.parseLong(m.group(1), 16) / RawInstruction.SIZE), m.group(2));
            } else if ((m = INSTRUCTION.matcher(raw)).matches()) {
                byte[] bytes = HexFormat.ofDelimiter(" ").parseHex(m.group(2));
                lines.add(new Line(raw, Integer.parseInt(m.group(1)), bytes, m.group(3)));
            }
        }
        sections.add(new Section(section, symbols, lines));
        return new DisassemblyGolden(name, sections);
    }

    static String read(String name) {
        try (InputStream in = DisassemblyGolden.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
