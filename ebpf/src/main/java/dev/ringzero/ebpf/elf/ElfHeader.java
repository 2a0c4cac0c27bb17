package dev.ringzero.ebpf.elf;

/**
 * The fields of the ELF64 file header that a relocatable BPF object uses.
 *
 * @param type          e_type, {@link #ET_REL} for clang's objects
 * @param machine       e_machine, {@link #EM_BPF}
 * @param sectionHeaderOffset e_shoff
 * @param sectionCount  e_shnum
 * @param sectionNamesIndex e_shstrndx
 */
public record ElfHeader(int type, int machine, long sectionHeaderOffset, int sectionCount, int sectionNamesIndex) {

    public static final int SIZE = 64;
    public static final int ET_REL = 1;
    public static final int EM_BPF = 247;
    static final int SECTION_HEADER_SIZE = 64;

    static ElfHeader read(ElfBytes in) {
        if (in.length() < SIZE) {
            throw new MalformedElfException("file too short for an ELF header: " + in.length() + " < " + SIZE + " bytes");
        }
        if (in.u8(0, "magic") != 0x7f || in.u8(1, "magic") != 'E' || in.u8(2, "magic") != 'L' || in.u8(3, "magic") != 'F') {
            throw new MalformedElfException("not an ELF file: bad magic");
        }
        require(in.u8(4, "EI_CLASS") == 2, "EI_CLASS " + in.u8(4, "EI_CLASS") + " is not ELFCLASS64 (2)");
        require(in.u8(5, "EI_DATA") == 1, "EI_DATA " + in.u8(5, "EI_DATA") + " is not little-endian (1)");
        require(in.u8(6, "EI_VERSION") == 1, "EI_VERSION " + in.u8(6, "EI_VERSION") + " is not 1");
        int type = in.u16(16, "e_type");
        int machine = in.u16(18, "e_machine");
        require(type == ET_REL, "e_type " + type + " is not ET_REL (1)");
        require(machine == EM_BPF, "e_machine " + machine + " is not EM_BPF (247)");
        long shoff = in.u64(40, "e_shoff");
        int shentsize = in.u16(58, "e_shentsize");
        int shnum = in.u16(60, "e_shnum");
        int shstrndx = in.u16(62, "e_shstrndx");
        require(shentsize == SECTION_HEADER_SIZE, "e_shentsize " + shentsize + " is not " + SECTION_HEADER_SIZE);
        require(shnum != 0, "e_shnum is 0 (no sections, or extended section numbering, which is not supported)");
        require(shstrndx < shnum, "e_shstrndx " + shstrndx + " is not a section index (e_shnum " + shnum + ")");
        in.requireRange(shoff, (long) shnum * SECTION_HEADER_SIZE, "section header table (" + shnum + " entries)");
        return new ElfHeader(type, machine, shoff, shnum, shstrndx);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new MalformedElfException(message);
        }
    }
}
