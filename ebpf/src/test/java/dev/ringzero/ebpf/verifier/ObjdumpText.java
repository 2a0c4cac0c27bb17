package dev.ringzero.ebpf.verifier;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.ImmKind;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.LlvmAssembler;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one section of {@code llvm-objdump -d -r --no-show-raw-insn} text into {@link Code}, linking
 * map relocations as the loader does: an {@code lddw} relocated against map {@code name} becomes a
 * MAP_FD {@code lddw} of that map's index in {@code mapNames}; one against a data section becomes a
 * MAP_VALUE {@code lddw} with the instruction's constant as the offset.
 */
record ObjdumpText(String text) {
    private static final Pattern INSN = Pattern.compile("^\\s*(\\d+):\\s+(.*)$");
    private static final Pattern RELOC = Pattern.compile("^\\s*[0-9a-f]+:\\s+R_BPF_64_64\\s+(\\S+)$");
    private static final Pattern SECTION = Pattern.compile("^Disassembly of section (\\S+):$");

    Code section(String name, List<String> mapNames) {
        List<Instruction> out = new ArrayList<>();
        boolean inside = false;
        for (String line : text.split("\n")) {
            Matcher sec = SECTION.matcher(line);
            if (sec.matches()) {
                inside = sec.group(1).equals(name);
                continue;
            }
            if (!inside) continue;
            Matcher reloc = RELOC.matcher(line);
            if (reloc.matches()) {
                Instruction.LoadImm64 lddw = (Instruction.LoadImm64) out.removeLast();
                String symbol = reloc.group(1);
                int index = mapNames.indexOf(symbol);
                if (index < 0) {
                    throw new IllegalArgumentException("relocation against " + symbol + ", not among the maps " + mapNames);
                }
                boolean data = symbol.startsWith(".");
                out.add(new Instruction.LoadImm64(lddw.dst(), data ? ImmKind.MAP_VALUE : ImmKind.MAP_FD,
                        data ? ((long) lddw.value() << 32) | index : index));
                continue;
            }
            Matcher insn = INSN.matcher(line);
            if (insn.matches()) {
                out.add(LlvmAssembler.parse(insn.group(2).strip()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no instructions in section " + name);
        }
        return Code.of(out);
    }
}
