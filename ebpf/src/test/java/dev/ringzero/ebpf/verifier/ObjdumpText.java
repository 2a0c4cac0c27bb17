package dev.ringzero.ebpf.verifier;

import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.ImmKind;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.LlvmAssembler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code llvm-objdump -d -r --no-show-raw-insn} text into linked {@link Code}, as the loader
 * links an ELF program: an {@code lddw} relocated against map {@code name} becomes a MAP_FD
 * {@code lddw} of the map's index in {@code mapNames} (a data section's: MAP_VALUE with the
 * constant as offset), and calls relocated against {@code .text} become local calls into a copy of
 * {@code .text} appended after the program.
 */
record ObjdumpText(String text) {
    private static final Pattern INSN = Pattern.compile("^\\s*(\\d+):\\s+(.*)$");
    private static final Pattern RELOC = Pattern.compile("^\\s*[0-9a-f]+:\\s+(R_BPF_64_64|R_BPF_64_32)\\s+(\\S+)$");
    private static final Pattern SECTION = Pattern.compile("^Disassembly of section (\\S+):$");

    /** The sections with code, in order, by name. */
    Map<String, List<String>> sections() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.split("\n")) {
            Matcher sec = SECTION.matcher(line);
            if (sec.matches()) {
                current = out.computeIfAbsent(sec.group(1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return out;
    }

    /** The program section other than {@code .text} (the corpus has one per object). */
    String programSection() {
        return sections().keySet().stream().filter(name -> !name.equals(".text")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no program section"));
    }

    Code section(String name, List<String> mapNames) {
        Map<String, List<String>> sections = sections();
        List<Instruction> out = new ArrayList<>();
        List<int[]> textCalls = new ArrayList<>(); // {slot of the call, target slot relative to .text}
        parse(sections.get(name), mapNames, out, textCalls, 0);
        if (!textCalls.isEmpty()) {
            int textStart = slots(out);
            parse(sections.get(".text"), mapNames, out, textCalls, textStart);
            for (int[] call : textCalls) {
                int index = indexOfSlot(out, call[0]);
                int target = call[1] + textStart;
                out.set(index, new Instruction.Call(CallKind.LOCAL, target - call[0] - 1));
            }
        }
        return Code.of(out);
    }

    private static void parse(List<String> lines, List<String> mapNames, List<Instruction> out, List<int[]> textCalls, int base) {
        if (lines == null) throw new IllegalArgumentException("missing section");
        for (String line : lines) {
            Matcher reloc = RELOC.matcher(line);
            if (reloc.matches()) {
                Instruction last = out.removeLast();
                String symbol = reloc.group(2);
                if (reloc.group(1).equals("R_BPF_64_32")) {
                    Instruction.Call call = (Instruction.Call) last;
                    int at = slots(out);
                    out.add(call);
                    textCalls.add(new int[] {at, call.imm() + 1});
                    continue;
                }
                Instruction.LoadImm64 lddw = (Instruction.LoadImm64) last;
                int index = mapNames.indexOf(symbol);
                if (index < 0) {
                    throw new IllegalArgumentException("relocation against " + symbol + ", not among the maps " + mapNames);
                }
                boolean data = symbol.startsWith(".");
                out.add(new Instruction.LoadImm64(lddw.dst(), data ? ImmKind.MAP_VALUE : ImmKind.MAP_FD,
                        data ? (lddw.value() << 32) | index : index));
                continue;
            }
            Matcher insn = INSN.matcher(line);
            if (insn.matches()) {
                out.add(LlvmAssembler.parse(insn.group(2).strip()));
            }
        }
    }

    private static int slots(List<Instruction> insns) {
        int n = 0;
        for (Instruction i : insns) n += i.slots();
        return n;
    }

    private static int indexOfSlot(List<Instruction> insns, int slot) {
        int n = 0;
        for (int i = 0; i < insns.size(); i++) {
            if (n == slot) return i;
            n += insns.get(i).slots();
        }
        throw new IllegalArgumentException("no instruction at slot " + slot);
    }
}
