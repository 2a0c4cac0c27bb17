package dev.ringzero.ebpf.elf;

/**
 * One ELF64 symbol table entry.
 *
 * @param index        position in {@code .symtab}
 * @param type         STT_* (low nibble of st_info)
 * @param binding      STB_* (high nibble of st_info)
 * @param sectionIndex st_shndx: a section index, or {@link #SHN_UNDEF}, {@link #SHN_ABS}, {@link #SHN_COMMON}
 * @param value        st_value: for a relocatable object, the byte offset inside the section
 * @param size         st_size in bytes
 */
public record ElfSymbol(int index, String name, int type, int binding, int sectionIndex, long value, long size) {

    public static final int STT_NOTYPE = 0;
    public static final int STT_OBJECT = 1;
    public static final int STT_FUNC = 2;
    public static final int STT_SECTION = 3;
    public static final int STT_FILE = 4;

    public static final int STB_LOCAL = 0;
    public static final int STB_GLOBAL = 1;
    public static final int STB_WEAK = 2;

    public static final int SHN_UNDEF = 0;
    public static final int SHN_ABS = 0xfff1;
    public static final int SHN_COMMON = 0xfff2;

    static final int SIZE = 24;

    public boolean isFunction() {
        return type == STT_FUNC;
    }

    public boolean isSection() {
        return type == STT_SECTION;
    }

    public boolean isGlobal() {
        return binding == STB_GLOBAL || binding == STB_WEAK;
    }

    /** Defined in a real section (not undefined, absolute or common). */
    public boolean isInSection() {
        return sectionIndex != SHN_UNDEF && sectionIndex < 0xff00;
    }
}
