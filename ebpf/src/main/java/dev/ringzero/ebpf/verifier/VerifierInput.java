package dev.ringzero.ebpf.verifier;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.platform.ProgramType;
import java.util.List;
import java.util.Objects;

/**
 * A linked program to judge: its code (map references as {@code lddw} MAP_FD/MAP_VALUE whose
 * immediate indexes {@code maps}; local calls resolved), its program type (which fixes the
 * platform), and the maps it references.
 */
public record VerifierInput(Code code, ProgramType programType, List<MapDescriptor> maps, VerifierOptions options) {

    public VerifierInput {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(programType, "programType");
        maps = List.copyOf(maps);
        Objects.requireNonNull(options, "options");
    }

    public VerifierInput(Code code, ProgramType programType, List<MapDescriptor> maps) {
        this(code, programType, maps, VerifierOptions.defaults());
    }
}
