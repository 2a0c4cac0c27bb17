package dev.ringzero.ebpf.isa;

/**
 * The two register views llvm-objdump disassembles BPF with. They differ only for 8, 16 and 32-bit
 * {@code LDX}/{@code STX} and 32-bit atomics, which LLVM decodes with 32-bit subregisters ({@code w1})
 * only when the {@code alu32} feature is on.
 */
public enum LlvmSyntax {
    /**
     * {@code llvm-objdump -d}: {@code r1 = *(u32 *)(r2 + 0)}, {@code *(u32 *)(r10 - 8) = r1}. LLVM has no
     * spelling of 32-bit atomics other than add in this view, so those use the {@link #ALU32} spelling.
     */
    DEFAULT,
    /** {@code llvm-objdump -d --mattr=+alu32}: {@code w1 = *(u32 *)(r2 + 0)}, {@code *(u32 *)(r10 - 8) = w1}. */
    ALU32
}
