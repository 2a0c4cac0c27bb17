package dev.ringzero.ebpf.elf;

/**
 * One SHT_REL entry.
 *
 * @param offset byte offset inside the target section
 * @param type   the relocation type
 * @param symbol the symbol it refers to (index 0 is the null symbol)
 */
public record ElfRelocation(long offset, RelocationType type, ElfSymbol symbol) {

    static final int SIZE = 16;
}
