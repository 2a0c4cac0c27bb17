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
            long at = base + (long) i * ElfHeader.SECTION_HEADER_SIZE;
            String what = "section header " + i;
            raw[i] = new long[] {
                    in.u32(at, what), in.u32(at + 4, what), in.u64(at + 8, what), in.u64(at + 24, what),
                    in.u64(at + 32, what), in.u32(at + 40, what), in.u32(at + 44, what), in.u64(at + 48, what),
                    in.u64(at + 56, what)};
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
                in.requireRange(section.offset(), section.size(), section.describe());
            }
            sections.add(section);
        }
        return List.copyOf(sections);
    }
}
