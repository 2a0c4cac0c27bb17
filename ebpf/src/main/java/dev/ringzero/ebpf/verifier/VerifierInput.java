package dev.ringzero.ebpf.verifier;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.platform.ProgramType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A linked program to judge: its code (map references as {@code lddw} MAP_FD/MAP_VALUE whose
 * immediate indexes {@code maps}; local calls resolved), its program type (which fixes the
 * platform), the maps it references and, by first instruction, its global functions (Linux verifies
 * each on its own; other functions are verified at each call).
 */
public record VerifierInput(Code code, ProgramType programType, List<MapDescriptor> maps, VerifierOptions options,
                            Map<Integer, GlobalFunction> globalFunctions) {

    public VerifierInput {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(programType, "programType");
        maps = List.copyOf(maps);
        Objects.requireNonNull(options, "options");
        globalFunctions = Map.copyOf(globalFunctions);
    }

    public VerifierInput(Code code, ProgramType programType, List<MapDescriptor> maps, VerifierOptions options) {
        this(code, programType, maps, options, Map.of());
    }

    public VerifierInput(Code code, ProgramType programType, List<MapDescriptor> maps) {
        this(code, programType, maps, VerifierOptions.defaults());
    }
}
