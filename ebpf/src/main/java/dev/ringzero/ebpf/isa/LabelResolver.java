package dev.ringzero.ebpf.isa;

import java.util.Optional;

/**
 * Names a jump target the way llvm-objdump annotates it after the offset: {@code LBB0_2} when a symbol
 * sits at the target, {@code func+0x28} when the nearest symbol before it is {@code func}.
 */
@FunctionalInterface
public interface LabelResolver {

    /** The annotation for the instruction at slot {@code targetPc}, without the angle brackets. */
    Optional<String> labelAt(int targetPc);

    /** No annotations: jumps print as {@code goto +3}. */
    static LabelResolver none() {
        return targetPc -> Optional.empty();
    }
}
