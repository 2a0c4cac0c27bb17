package dev.ringzero.ebpf.verifier;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.BpfObjectLoader;
import dev.ringzero.ebpf.elf.GlobalData;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.program.LoadedMap;
import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.program.LoadedProgram;
import dev.ringzero.ebpf.program.ObjectLinker;
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
        BpfObject object = linked.object();
        return linked.maps().stream().map(m -> descriptor(m, object)).toList();
    }

    private static MapDescriptor descriptor(LoadedMap m, BpfObject object) {
        if (m.isGlobalData()) {
            byte[] bytes = object.global(m.name()).map(GlobalData::bytes).orElse(new byte[m.map().valueSize()]);
            return MapDescriptor.globalData(m.name(), bytes, m.readOnly());
        }
        return MapDescriptor.of(m.name(), m.map().type(), m.map().keySize(), m.map().valueSize(), m.map().maxEntries());
    }

    private static String shortName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static VerifierInput input(LoadedObject linked, LoadedProgram program, VerifierOptions options) {
        VerifierOptions withLines = options.withLineInfo(pc -> program.lineAt(pc)
                .map(line -> shortName(line.fileName()) + ":" + line.line() + ": " + line.lineText().strip()).orElse(null));
        return new VerifierInput(program.code(), program.requireType(), maps(linked), withLines);
    }
}
