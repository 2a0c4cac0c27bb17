package dev.ringzero.ebpf.btf;

/**
 * A {@code .BTF.ext} func_info record: the function starting at {@code insnOffset} has BTF FUNC {@code typeId}.
 *
 * @param section    the ELF section the record belongs to (e.g. {@code xdp}, {@code .text})
 * @param insnOffset byte offset inside that section, as written in the object (not yet divided by 8)
 */
public record FuncInfo(String section, long insnOffset, int typeId) {

    /** The instruction slot index inside the section: {@code insnOffset / 8}. */
    public int slot() {
        return (int) (insnOffset / 8);
    }
}
