package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.btf.LineInfo;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.ProgramEngine;
import java.util.function.Supplier;
import java.util.Map;
import java.util.NavigableMap;
import dev.ringzero.ebpf.verifier.GlobalFunction;
import java.util.Optional;

/**
 * One program of an object, linked: its code with map references patched to map indices (into the
 * object's {@link LoadedObject#maps()}) and {@code .text} subprograms appended, its program type, and
 * its object's license (which GPL-only helpers need), the source line of each instruction that has one, and (Linux) the signatures of its global functions by
 * first instruction.
 */
public record LoadedProgram(String name, String section, String license, Platform platform, Optional<ProgramType> type, Code code,
                            NavigableMap<Integer, LineInfo> lines, Map<Integer, GlobalFunction> globalFunctions, Interpreter interpreter, Supplier<ProgramEngine> compiled) {

    /** The engine that runs the program: the interpreter, or the JIT's compiled class (compiled once, on first use). */
    public ProgramEngine engine(Engine engine) {
        return switch (engine) {
            case INTERPRETER -> interpreter;
            case JIT -> compiled.get();
        };
    }

    /** The source line in effect at {@code pc}: the nearest line info at or before it. */
    public Optional<LineInfo> lineAt(int pc) {
        var entry = lines.floorEntry(pc);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** The program type, or a clear error naming the section that selects none. */
    public ProgramType requireType() {
        return type.orElseThrow(() -> new LinkException("section '" + section + "' of program " + name
                + " names no " + platform.name().toLowerCase() + " program type"));
    }
}
