package dev.ringzero.ebpf.elf;

/**
 * A non-function symbol at an instruction of a program section, such as clang's local {@code LBB0_2}
 * branch labels (STT_NOTYPE, STB_LOCAL), which {@code llvm-objdump -d} prints as {@code <LBB0_2>}.
 */
public record CodeLabel(String name, int slot) {
}
