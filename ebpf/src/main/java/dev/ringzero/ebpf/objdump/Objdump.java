package dev.ringzero.ebpf.objdump;

import dev.ringzero.ebpf.btf.LineInfo;
import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.ProgramSection;
import dev.ringzero.ebpf.isa.Disassembler;
import dev.ringzero.ebpf.isa.DisassemblyLabels;
import dev.ringzero.ebpf.isa.IllegalInstructionException;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.InstructionDecoder;
import dev.ringzero.ebpf.isa.LabelResolver;
import dev.ringzero.ebpf.isa.RawInstruction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The disassembly of a whole object as {@code llvm-objdump -d} prints it: the file header, one
 * {@code Disassembly of section NAME:} block per executable section, a {@code <symbol>:} header for every
 * function and label, and one line per instruction. With source lines on, each instruction that starts a
 * BTF.ext line-info record is preceded by {@code ; <source line>}, as eBPF Studio interleaves them.
 */
public final class Objdump {

    private final boolean withSource;

    public Objdump(boolean withSource) {
        this.withSource = withSource;
    }

    /** The listing, line by line; {@code displayName} is the file name as the user gave it. */
    public List<String> listing(String displayName, BpfObject object) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(displayName + ":\tfile format elf64-bpf");
        for (ProgramSection section : object.sections()) {
            out.add("");
            out.add("Disassembly of section " + section.name() + ":");
            section(section, out);
        }
        return out;
    }

    private void section(ProgramSection section, List<String> out) {
        byte[] code = section.code();
        Map<Integer, String> symbols = new TreeMap<>();
        for (int slot = 0; slot < section.slotCount(); slot++) {
            List<String> names = section.symbolsAt(slot);
            if (!names.isEmpty()) {
                symbols.put(slot, names.getFirst());
            }
        }
        LabelResolver labels = DisassemblyLabels.of(symbols);
        Map<Integer, LineInfo> lines = withSource ? section.lineInfosBySlot() : Map.of();
        LineInfo lastLine = null;
        for (int pc = 0; pc < section.slotCount(); ) {
            String symbol = symbols.get(pc);
            if (symbol != null) {
                out.add("");
                out.add(String.format("%016x <%s>:", (long) pc * RawInstruction.SIZE, symbol));
            }
            LineInfo line = lines.get(pc);
            if (line != null && !sameLine(line, lastLine)) {
                out.add("; " + line.lineText());
                lastLine = line;
            }
            pc += instructionLine(code, pc, labels, out);
        }
    }

    private static boolean sameLine(LineInfo a, LineInfo b) {
        return b != null && a.line() == b.line() && a.fileName().equals(b.fileName());
    }

    /** Adds the line of the instruction at {@code pc}; returns the number of slots it took. */
    private static int instructionLine(byte[] code, int pc, LabelResolver labels, List<String> out) {
        int offset = pc * RawInstruction.SIZE;
        Instruction insn;
        try {
            insn = InstructionDecoder.decode(code, pc);
        } catch (IllegalInstructionException unknown) {
            out.add(Disassembler.formatLine(pc, Arrays.copyOfRange(code, offset, offset + RawInstruction.SIZE),
                    "<unknown>"));
            return 1;
        }
        int slots = insn.slots();
        byte[] bytes = Arrays.copyOfRange(code, offset, offset + slots * RawInstruction.SIZE);
        out.add(Disassembler.formatLine(pc, bytes, Disassembler.format(insn, pc, labels)));
        return slots;
    }
}
