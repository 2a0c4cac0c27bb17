package dev.ringzero.ebpf.elf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives the relocations of one executable section their meaning: map, global data, call, function
 * pointer or extern; and turns same-section calls that carry no relocation into call references.
 */
final class CodeReferenceResolver {

    private static final int OPCODE_LDDW = 0x18;
    private static final int OPCODE_CALL = 0x85;
    private static final int SRC_PSEUDO_CALL = 1;

    private final ElfFile elf;
    private final List<PlacedMap> maps;
    private final Set<Integer> globalDataSections;
    private final KconfigExterns.Resolution kconfig;
    private final KernelSymbols.Resolution ksyms;

    CodeReferenceResolver(ElfFile elf, List<PlacedMap> maps, Set<Integer> globalDataSections) {
        this(elf, maps, globalDataSections, KconfigExterns.Resolution.none(), KernelSymbols.Resolution.none());
    }

    CodeReferenceResolver(ElfFile elf, List<PlacedMap> maps, Set<Integer> globalDataSections,
                          KconfigExterns.Resolution kconfig, KernelSymbols.Resolution ksyms) {
        this.elf = elf;
        this.maps = maps;
        this.globalDataSections = globalDataSections;
        this.kconfig = kconfig;
        this.ksyms = ksyms;
    }

    private String problem(String symbol) {
        String why = kconfig.problem(symbol);
        return why.isEmpty() ? ksyms.problem(symbol) : why;
    }

    List<CodeReference> resolve(SectionHeader section, byte[] code) {
        List<CodeReference> references = new ArrayList<>();
        Set<Integer> relocated = new HashSet<>();
        int slots = code.length / 8;
        for (ElfRelocation relocation : elf.relocationsFor(section.index())) {
            if (relocation.type() == RelocationType.NONE) {
                continue;
            }
            String where = "relocation in " + section.describe() + " at offset " + Long.toUnsignedString(relocation.offset());
            if (relocation.offset() < 0 || relocation.offset() % 8 != 0 || relocation.offset() / 8 >= slots) {
                throw new MalformedElfException(where + ": not an instruction slot of the section (size " + code.length + ")");
            }
            int pc = (int) (relocation.offset() / 8);
            if (!relocated.add(pc)) {
                throw new MalformedElfException(where + ": a second relocation for instruction " + pc);
            }
            references.add(resolve(section, code, pc, relocation, where));
        }
        for (int pc = 0; pc < slots; pc++) {
            if (!relocated.contains(pc) && opcode(code, pc) == OPCODE_CALL && src(code, pc) == SRC_PSEUDO_CALL) {
                long target = (long) pc + imm(code, pc) + 1;
                if (target < 0 || target >= slots) {
                    throw new MalformedElfException("call at pc " + pc + " in " + section.describe() + " targets slot "
                            + target + ", outside the section's " + slots + " slots");
                }
                references.add(new CodeReference.CallReference(pc, section.name(), target * 8));
            }
        }
        references.sort(Comparator.comparingInt(CodeReference::pc));
        return references;
    }

    private CodeReference resolve(SectionHeader section, byte[] code, int pc, ElfRelocation relocation, String where) {
        ElfSymbol symbol = relocation.symbol();
        int opcode = opcode(code, pc);
        long imm = imm(code, pc);
        if (opcode == OPCODE_LDDW) {
            if (relocation.type() != RelocationType.R_BPF_64_64) {
                throw new MalformedElfException(where + ": lddw with relocation type " + relocation.type() + ", not R_BPF_64_64");
            }
            if (pc + 1 >= code.length / 8) {
                throw new MalformedElfException(where + ": lddw at pc " + pc + " has no second slot");
            }
            if (!symbol.isInSection()) {
                Long kconfigOffset = kconfig.offsets().get(symbol.name());
                if (kconfigOffset != null) {
                    return new CodeReference.GlobalDataReference(pc, KconfigExterns.MAP_NAME, kconfigOffset);
                }
                Long address = ksyms.addresses().get(symbol.name());
                if (address != null) {
                    return new CodeReference.KernelSymbolReference(pc, symbol.name(), address);
                }
                return new CodeReference.ExternReference(pc, symbol.name(), problem(symbol.name()));
            }
            SectionHeader target = elf.section(symbol.sectionIndex());
            long offset = symbol.value() + imm;
            if (target.isExecutable()) {
                return new CodeReference.FunctionReference(pc, target.name(), checkedCodeOffset(target, offset, where));
            }
            if (globalDataSections.contains(target.index())) {
                return new CodeReference.GlobalDataReference(pc, target.name(), offset);
            }
            for (PlacedMap map : maps) {
                if (map.contains(target.index(), offset)) {
                    return new CodeReference.MapReference(pc, map.definition().name());
                }
            }
            throw new MalformedElfException(where + ": lddw refers to symbol " + describe(symbol) + " in "
                    + target.describe() + ", which is neither a map, global data nor code");
        }
        if (opcode == OPCODE_CALL) {
            if (relocation.type() != RelocationType.R_BPF_64_32) {
                throw new MalformedElfException(where + ": call with relocation type " + relocation.type() + ", not R_BPF_64_32");
            }
            if (!symbol.isInSection()) {
                return new CodeReference.ExternReference(pc, symbol.name(), problem(symbol.name()));
            }
            SectionHeader target = elf.section(symbol.sectionIndex());
            if (!target.isExecutable()) {
                throw new MalformedElfException(where + ": call of symbol " + describe(symbol) + " in non-executable "
                        + target.describe());
            }
            long offset = symbol.value() + (imm + 1) * 8;
            return new CodeReference.CallReference(pc, target.name(), checkedCodeOffset(target, offset, where));
        }
        throw new MalformedElfException(where + ": instruction " + pc + " has opcode 0x" + Integer.toHexString(opcode)
                + ", neither lddw nor call");
    }

    private static long checkedCodeOffset(SectionHeader target, long offset, String where) {
        if (offset < 0 || offset % 8 != 0 || offset >= target.size()) {
            throw new MalformedElfException(where + ": target offset " + offset + " is not an instruction of "
                    + target.describe() + " (size " + target.size() + ")");
        }
        return offset;
    }

    private static String describe(ElfSymbol symbol) {
        return symbol.index() + " (" + symbol.name() + ")";
    }

    private static int opcode(byte[] code, int pc) {
        return code[pc * 8] & 0xff;
    }

    private static int src(byte[] code, int pc) {
        return (code[pc * 8 + 1] & 0xff) >>> 4;
    }

    private static long imm(byte[] code, int pc) {
        int at = pc * 8 + 4;
        return (code[at] & 0xff) | (code[at + 1] & 0xff) << 8 | (code[at + 2] & 0xff) << 16 | code[at + 3] << 24;
    }
}
