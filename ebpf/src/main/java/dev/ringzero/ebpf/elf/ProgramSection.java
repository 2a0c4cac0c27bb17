package dev.ringzero.ebpf.elf;

import dev.ringzero.ebpf.btf.FuncInfo;
import dev.ringzero.ebpf.btf.LineInfo;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One executable section (SHF_EXECINSTR) of the object: its instruction bytes, the functions and
 * labels defined in it, what its instructions refer to, and its BTF.ext records. Slot indices
 * ({@code pc}) are relative to the start of this section.
 *
 * @param index      the ELF section index
 * @param functions  STT_FUNC symbols, by offset
 * @param labels     other named symbols at instructions (clang's {@code LBB} labels), by slot
 * @param references resolved relocations and same-section calls, by pc
 * @param lineInfos  BTF.ext line_info records of this section, sorted by instruction offset
 * @param funcInfos  BTF.ext func_info records of this section, by instruction offset
 */
public record ProgramSection(String name, int index, byte[] code, List<FunctionSymbol> functions,
                             List<CodeLabel> labels, List<CodeReference> references,
                             List<LineInfo> lineInfos, List<FuncInfo> funcInfos) {

    public ProgramSection {
        code = code.clone();
        lineInfos = lineInfos.stream().sorted(java.util.Comparator.comparingLong(LineInfo::insnOffset)).toList();
        functions = List.copyOf(functions);
        labels = List.copyOf(labels);
        references = List.copyOf(references);
        funcInfos = List.copyOf(funcInfos);
    }

    /** A copy of the section's instruction bytes. */
    @Override
    public byte[] code() {
        return code.clone();
    }

    /** Number of 8-byte instruction slots. */
    public int slotCount() {
        return code.length / 8;
    }

    /** The instruction bytes of slots {@code [startSlot, endSlot)}. */
    public byte[] code(int startSlot, int endSlot) {
        if (startSlot < 0 || endSlot > slotCount() || startSlot > endSlot) {
            throw new IllegalArgumentException("slots [" + startSlot + ", " + endSlot + ") outside section " + name
                    + " of " + slotCount() + " slots");
        }
        byte[] out = new byte[(endSlot - startSlot) * 8];
        System.arraycopy(code, startSlot * 8, out, 0, out.length);
        return out;
    }

    public Optional<FunctionSymbol> function(String functionName) {
        return functions.stream().filter(f -> f.name().equals(functionName)).findFirst();
    }

    /** The function whose code contains this slot. */
    public Optional<FunctionSymbol> functionAt(int slot) {
        return functions.stream().filter(f -> f.contains(slot)).findFirst();
    }

    /** References whose pc lies in {@code [startSlot, endSlot)}. */
    public List<CodeReference> referencesBetween(int startSlot, int endSlot) {
        return references.stream().filter(r -> r.pc() >= startSlot && r.pc() < endSlot).toList();
    }

    public Optional<CodeReference> referenceAt(int pc) {
        return references.stream().filter(r -> r.pc() == pc).findFirst();
    }

    /** Line info by instruction slot (the first record wins where two name one slot). */
    public NavigableMap<Integer, LineInfo> lineInfosBySlot() {
        NavigableMap<Integer, LineInfo> bySlot = new TreeMap<>();
        for (LineInfo info : lineInfos) {
            bySlot.putIfAbsent(info.slot(), info);
        }
        return Collections.unmodifiableNavigableMap(bySlot);
    }

    /** The line info that starts exactly at this slot, if any (what {@code llvm-objdump -S} prints before it). */
    public Optional<LineInfo> lineInfoAt(int slot) {
        int low = 0;
        int high = lineInfos.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (lineInfos.get(middle).slot() < slot) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return low < lineInfos.size() && lineInfos.get(low).slot() == slot ? Optional.of(lineInfos.get(low)) : Optional.empty();
    }

    /** Names of the labels at this slot (functions first, then labels), as llvm-objdump prints them. */
    public List<String> symbolsAt(int slot) {
        List<String> names = new java.util.ArrayList<>();
        functions.stream().filter(f -> f.startSlot() == slot).forEach(f -> names.add(f.name()));
        labels.stream().filter(l -> l.slot() == slot).forEach(l -> names.add(l.name()));
        return names;
    }
}
