package dev.ringzero.ebpf.btf;

/**
 * A {@code .BTF.ext} line_info record: the instruction at {@code insnOffset} comes from this source line.
 *
 * @param section    the ELF section the record belongs to
 * @param insnOffset byte offset inside that section, as written in the object (not yet divided by 8)
 * @param fileName   the source file, as clang recorded it
 * @param lineText   the text of the source line (clang stores it in the BTF string section)
 * @param line       1-based line number (line_col >> 10)
 * @param column     1-based column, 0 when unknown (line_col & 0x3ff)
 */
public record LineInfo(String section, long insnOffset, String fileName, String lineText, int line, int column) {

    /** The instruction slot index inside the section: {@code insnOffset / 8}. */
    public int slot() {
        return (int) (insnOffset / 8);
    }
}
