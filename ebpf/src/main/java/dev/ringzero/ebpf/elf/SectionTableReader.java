package dev.ringzero.ebpf.elf;

import java.util.ArrayList;
import java.util.List;

/** Reads and validates the section header table and resolves section names. */
final class SectionTableReader {

    private SectionTableReader() {
    }

    static List<SectionHeader> read(ElfBytes in, ElfHeader header) {
        long base = header.sectionHeaderOffset();
        int count = header.sectionCount();
        long[][] raw = new long[count][];
        for (int i = 0; i < count; i++) {
            long at = base + (long) i * ElfHeader.SECTION_HEADER_SIZE; // the whole table was range-checked by ElfHeader
            raw[i] = new long[] {
                    in.u32At(at), in.u32At(at + 4), in.u64At(at + 8), in.u64At(at + 24),
                    in.u64At(at + 32), in.u32At(at + 40), in.u32At(at + 44), in.u64At(at + 48), in.u64At(at + 56)};
        }
        long[] names = raw[header.sectionNamesIndex()];
        if (names[1] != SectionHeader.SHT_STRTAB) {
            throw new MalformedElfException("section name table (section " + header.sectionNamesIndex()
                    + ") has type " + names[1] + ", not SHT_STRTAB");
        }
        String namesWhat = "section " + header.sectionNamesIndex() + " (section name table)";
        in.requireRange(names[3], names[4], namesWhat);
        List<SectionHeader> sections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long[] r = raw[i];
            String name = i == 0 && r[0] == 0 ? "" : in.cString(names[3], names[4], r[0], "name of section " + i);
            SectionHeader section = new SectionHeader(i, name, (int) r[1], r[2], r[3], r[4], (int) r[5], (int) r[6], r[7], r[8]);
            if (section.hasFileContents()) {
                in.requireRange(section);
            }
            sections.add(section);
        }
        return List.copyOf(sections);
    }
}
