package dev.ringzero.ebpf.elf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A parsed ELF64 little-endian relocatable BPF object: header, sections, symbols and relocations.
 * Everything is validated when parsed; the accessors cannot fail afterwards.
 */
public final class ElfFile {

    private final ElfBytes bytes;
    private final ElfHeader header;
    private final List<SectionHeader> sections;
    private final List<ElfSymbol> symbols;
    private final Map<Integer, List<ElfRelocation>> relocationsByTarget;
    private final Map<Integer, List<ElfSymbol>> symbolsBySection;

    private ElfFile(ElfBytes bytes, ElfHeader header, List<SectionHeader> sections, List<ElfSymbol> symbols,
                    Map<Integer, List<ElfRelocation>> relocationsByTarget) {
        this.bytes = bytes;
        this.header = header;
        this.sections = sections;
        this.symbols = symbols;
        this.relocationsByTarget = relocationsByTarget;
        Map<Integer, List<ElfSymbol>> bySection = new TreeMap<>();
        for (ElfSymbol symbol : symbols) {
            if (symbol.isInSection()) {
                bySection.computeIfAbsent(symbol.sectionIndex(), i -> new ArrayList<>()).add(symbol);
            }
        }
        bySection.replaceAll((k, v) -> Collections.unmodifiableList(v));
        this.symbolsBySection = bySection;
    }

    /** Parses and validates {@code bytes} (not copied: do not modify it afterwards). */
    public static ElfFile parse(byte[] bytes) {
        ElfBytes in = new ElfBytes(bytes);
        ElfHeader header = ElfHeader.read(in);
        List<SectionHeader> sections = SectionTableReader.read(in, header);
        List<ElfSymbol> symbols = SymbolTableReader.read(in, sections);
        Map<Integer, List<ElfRelocation>> relocations = readRelocations(in, sections, symbols);
        return new ElfFile(in, header, sections, symbols, relocations);
    }

    public ElfHeader header() {
        return header;
    }

    /** All section headers, index 0 (SHT_NULL) included. */
    public List<SectionHeader> sections() {
        return sections;
    }

    public SectionHeader section(int index) {
        if (index < 0 || index >= sections.size()) {
            throw new MalformedElfException("section index " + index + " out of range (" + sections.size() + " sections)");
        }
        return sections.get(index);
    }

    /** The first section with this name. */
    public Optional<SectionHeader> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** A copy of the section's file contents; empty for SHT_NOBITS and SHT_NULL. */
    public byte[] contents(SectionHeader section) {
        if (!section.hasFileContents()) {
            return new byte[0];
        }
        bytes.requireRange(section);
        return bytes.copy(section.offset(), section.size(), "contents");
    }

    /** The symbol table, index 0 (the null symbol) included; empty when there is no {@code .symtab}. */
    public List<ElfSymbol> symbols() {
        return symbols;
    }

    /** Symbols defined in the given section, in table order. */
    public List<ElfSymbol> symbolsIn(int sectionIndex) {
        return symbolsBySection.getOrDefault(sectionIndex, List.of());
    }

    /** The SHT_REL entries that apply to the given section, in file order. */
    public List<ElfRelocation> relocationsFor(int sectionIndex) {
        return relocationsByTarget.getOrDefault(sectionIndex, List.of());
    }

    private static Map<Integer, List<ElfRelocation>> readRelocations(ElfBytes in, List<SectionHeader> sections,
                                                                     List<ElfSymbol> symbols) {
        Map<Integer, List<ElfRelocation>> byTarget = new TreeMap<>();
        for (SectionHeader section : sections) {
            if (section.type() == SectionHeader.SHT_RELA) {
                throw new MalformedElfException(section.describe() + ": SHT_RELA is not used by BPF objects");
            }
            if (section.type() != SectionHeader.SHT_REL) {
                continue;
            }
            if (section.entrySize() != ElfRelocation.SIZE) {
                throw new MalformedElfException(section.describe() + ": entry size " + section.entrySize() + " is not " + ElfRelocation.SIZE);
            }
            if (section.size() % ElfRelocation.SIZE != 0) {
                throw new MalformedElfException(section.describe() + ": size " + section.size() + " is not a multiple of " + ElfRelocation.SIZE);
            }
            if (section.info() <= 0 || section.info() >= sections.size()) {
                throw new MalformedElfException(section.describe() + ": sh_info " + Integer.toUnsignedString(section.info())
                        + " is not a section index (" + sections.size() + " sections)");
            }
            SectionHeader target = sections.get(section.info());
            List<ElfRelocation> list = byTarget.computeIfAbsent(target.index(), i -> new ArrayList<>());
            in.requireRange(section);
            for (long at = 0; at < section.size(); at += ElfRelocation.SIZE) {
                long offset = in.u64At(section.offset() + at);
                long info = in.u64At(section.offset() + at + 8);
                long symbolIndex = info >>> 32;
                long typeNumber = info & 0xffff_ffffL;
                RelocationType type = RelocationType.of(typeNumber);
                if (type == null) {
                    throw new MalformedElfException(section.describe() + " entry " + at / ElfRelocation.SIZE
                            + ": unknown relocation type " + typeNumber);
                }
                if (symbolIndex >= symbols.size()) {
                    throw new MalformedElfException(section.describe() + " entry " + at / ElfRelocation.SIZE
                            + ": symbol index " + symbolIndex + " out of range (" + symbols.size() + " symbols)");
                }
                list.add(new ElfRelocation(offset, type, symbols.get((int) symbolIndex)));
            }
        }
        byTarget.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return byTarget;
    }
}
