package dev.ringzero.ebpf.verifier;

/**
 * Why a program was rejected.
 *
 * @param pc the failing instruction's index (slot), or -1 for a whole-program problem
 * @param instruction its disassembly in llvm-objdump syntax, or empty
 * @param message the reason, in plain words, with what to do about it
 * @param state the abstract state just before the instruction (registers and stack), or empty
 * @param sourceLine the source line from BTF line info, or null when unknown
 */
public record VerificationError(int pc, String instruction, String message, String state, String sourceLine) {

    /**
     * The one-paragraph form, e.g.
     * {@code 12: r1 = *(u32 *)(r0 + 0) — r0 may be NULL here ...} followed by the source line and state.
     */
    public String render() {
        StringBuilder s = new StringBuilder();
        if (sourceLine != null && !sourceLine.isEmpty()) {
            s.append(sourceLine).append('\n');
        }
        if (pc >= 0) {
            s.append(pc).append(": ").append(instruction).append("  — ");
        }
        s.append(message);
        if (state != null && !state.isEmpty()) {
            s.append("\n    state: ").append(state);
        }
        return s.toString();
    }
}
