package dev.ringzero.ebpf.verifier;

import dev.ringzero.ebpf.elf.BpfObjectLoader;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.program.LoadedProgram;
import dev.ringzero.ebpf.program.ObjectLinker;
import dev.ringzero.ebpf.program.ProgramVerification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Verifier inputs from objects linked by the engine's {@link ObjectLinker}, as {@code rz verify} builds them. */
final class LinkedInput {
    private LinkedInput() {}

    static LoadedObject link(Path object, Platform platform) throws IOException {
        return ObjectLinker.link(BpfObjectLoader.load(object), platform);
    }

    static List<MapDescriptor> maps(LoadedObject linked) {
        return ProgramVerification.maps(linked);
    }

    static VerifierInput input(LoadedObject linked, LoadedProgram program, VerifierOptions options) {
        return ProgramVerification.input(linked, program, options);
    }
}
