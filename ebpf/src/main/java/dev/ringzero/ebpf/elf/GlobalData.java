package dev.ringzero.ebpf.elf;

/**
 * A global data section (.data, .rodata, .bss, .rodata.str1.1, .data.custom, ...), which a loader turns
 * into a single-entry array map. {@code .bss} (SHT_NOBITS) is zero-filled to its size.
 *
 * @param readOnly the section is not SHF_WRITE (.rodata*)
 */
public record GlobalData(String name, byte[] bytes, boolean readOnly) {

    /** Largest SHT_NOBITS section the loader will zero-fill (16 MiB). */
    public static final long MAX_SIZE = 16L << 20;

    public GlobalData {
        bytes = bytes.clone();
    }

    /** A copy of the initial contents. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
