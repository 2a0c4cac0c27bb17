package dev.ringzero.ebpf.elf;

/**
 * One ELF64 section header, with its name resolved from the section name string table.
 *
 * @param index  position in the section header table
 * @param offset file offset of the contents (meaningless for {@link #SHT_NOBITS})
 */
public record SectionHeader(int index, String name, int type, long flags, long offset, long size,
                            int link, int info, long addressAlign, long entrySize) {

    public static final int SHT_NULL = 0;
    public static final int SHT_PROGBITS = 1;
    public static final int SHT_SYMTAB = 2;
    public static final int SHT_STRTAB = 3;
    public static final int SHT_RELA = 4;
    public static final int SHT_NOBITS = 8;
    public static final int SHT_REL = 9;

    public static final long SHF_WRITE = 0x1;
    public static final long SHF_ALLOC = 0x2;
    public static final long SHF_EXECINSTR = 0x4;

    /** Holds code: SHF_EXECINSTR. */
    public boolean isExecutable() {
        return (flags & SHF_EXECINSTR) != 0;
    }

    public boolean isWritable() {
        return (flags & SHF_WRITE) != 0;
    }

    /** Occupies bytes in the file (not SHT_NULL, not SHT_NOBITS). */
    public boolean hasFileContents() {
        return type != SHT_NULL && type != SHT_NOBITS;
    }

    /** "section 7 (.rel.text)", for messages. */
    public String describe() {
        return "section " + index + " (" + name + ")";
    }
}
