package dev.ringzero.ebpf.elf;

/**
 * An STT_FUNC symbol of a program section: a program entry point (global) or a subprogram.
 *
 * @param offset byte offset of its first instruction inside the section
 * @param size   byte size of its code
 */
public record FunctionSymbol(String name, long offset, long size, boolean global) {

    public int startSlot() {
        return (int) (offset / 8);
    }

    public int slotCount() {
        return (int) (size / 8);
    }

    /** The slot just after the function's last instruction. */
    public int endSlot() {
        return startSlot() + slotCount();
    }

    public boolean contains(int slot) {
        return slot >= startSlot() && slot < endSlot();
    }
}
