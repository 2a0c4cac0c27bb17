package dev.ringzero.cli;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.program.LinkException;
import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.program.LoadedProgram;
import dev.ringzero.ebpf.program.ObjectLinker;
import java.nio.file.Path;

/** Loads and links an object file for the commands that run programs; every failure is one message. */
final class LoadedObjects {

    private LoadedObjects() {}

    static LoadedObject link(Path file, Platform platformOrNull) {
        BpfObject object = ObjectFiles.load(file);
        try {
            return platformOrNull == null ? ObjectLinker.link(object) : ObjectLinker.link(object, platformOrNull);
        } catch (LinkException e) {
            throw new UnusableInputException(file + ": " + e.getMessage());
        }
    }

    /** The program named {@code name}, or the object's first program when no name is given. */
    static LoadedProgram program(Path file, LoadedObject object, String name) {
        if (object.programs().isEmpty()) {
            throw new UnusableInputException(file + ": the object has no programs");
        }
        LoadedProgram program = name == null ? object.programs().getFirst() : object.program(name).orElseThrow(() ->
                new UnusableInputException(file + ": no program named '" + name + "' (programs: "
                        + String.join(", ", object.programs().stream().map(LoadedProgram::name).toList()) + ")"));
        try {
            program.requireType();
        } catch (LinkException e) {
            throw new UnusableInputException(file + ": " + e.getMessage());
        }
        return program;
    }

    /** The platform name as users type it and as it is printed. */
    static String displayName(Platform platform) {
        return platform.name().toLowerCase();
    }
}
