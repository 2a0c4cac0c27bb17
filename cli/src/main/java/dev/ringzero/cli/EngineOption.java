package dev.ringzero.cli;

import dev.ringzero.ebpf.program.Engine;
import picocli.CommandLine.Option;

/** {@code --engine interpreter|jit}, shared by the commands that run programs. */
final class EngineOption {

    @Option(names = "--engine", paramLabel = "interpreter|jit", defaultValue = "jit",
            description = "How programs run: jit (compiled to JVM bytecode, the default) or interpreter. Both are sandboxed.")
    String name;

    Engine engine() {
        return switch (name) {
            case "jit" -> Engine.JIT;
            case "interpreter" -> Engine.INTERPRETER;
            default -> throw new UnusableInputException("--engine must be interpreter or jit, not " + name);
        };
    }
}
