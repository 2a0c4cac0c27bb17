package dev.ringzero.ebpf.elf;

import java.util.ArrayList;
import java.util.List;

/** Reads and validates {@code .symtab} and its string table. */
final class SymbolTableReader {

    private SymbolTableReader() {
    }

    static List<ElfSymbol> read(ElfBytes in, List<SectionHeader> sections) {
        SectionHeader symtab = null;
        for (SectionHeader section : sections) {
            if (section.type() == SectionHeader.SHT_SYMTAB) {
                if (symtab != null) {
                    throw new MalformedElfException(section.describe() + ": a second SHT_SYMTAB (first is "
                            + symtab.describe() + ")");
                }
                symtab = section;
            }
        }
        if (symtab == null) {
            return List.of();
        }
        if (symtab.entrySize() != ElfSymbol.SIZE) {
            throw new MalformedElfException(symtab.describe() + ": entry size " + symtab.entrySize() + " is not " + ElfSymbol.SIZE);
        }
        if (symtab.size() % ElfSymbol.SIZE != 0) {
            throw new MalformedElfException(symtab.describe() + ": size " + symtab.size() + " is not a multiple of " + ElfSymbol.SIZE);
        }
        if (symtab.link() <= 0 || symtab.link() >= sections.size()
                || sections.get(symtab.link()).type() != SectionHeader.SHT_STRTAB) {
            throw new MalformedElfException(symtab.describe() + ": sh_link " + Integer.toUnsignedString(symtab.link())
                    + " is not a SHT_STRTAB section");
        }
        SectionHeader strtab = sections.get(symtab.link());
        in.requireRange(symtab);
        int count = (int) (symtab.size() / ElfSymbol.SIZE);
        List<ElfSymbol> symbols = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long at = symtab.offset() + (long) i * ElfSymbol.SIZE;
            long nameOffset = in.u32At(at);
            int info = in.u8At(at + 4);
            int sectionIndex = in.u16At(at + 6);
            long value = in.u64At(at + 8);
            long size = in.u64At(at + 16);
            String name = nameOffset == 0 ? "" : in.cString(strtab.offset(), strtab.size(), nameOffset, "name of symbol " + i);
            if (sectionIndex != ElfSymbol.SHN_UNDEF && sectionIndex < 0xff00 && sectionIndex >= sections.size()) {
                throw new MalformedElfException("symbol " + i + " (" + name + "): section index " + sectionIndex
                        + " out of range (" + sections.size() + " sections)");
            }
            ElfSymbol symbol = new ElfSymbol(i, name, info & 0xf, info >>> 4, sectionIndex, value, size);
            if (symbol.isSection() && name.isEmpty() && symbol.isInSection()) {
                symbol = new ElfSymbol(i, sections.get(sectionIndex).name(), symbol.type(), symbol.binding(),
                        sectionIndex, value, size);
            }
            symbols.add(symbol);
        }
        return List.copyOf(symbols);
    }
}
