package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.GlobalData;
import dev.ringzero.ebpf.verifier.MapDescriptor;
import dev.ringzero.ebpf.verifier.Verdict;
import dev.ringzero.ebpf.verifier.Verifier;
import dev.ringzero.ebpf.verifier.VerifierInput;
import dev.ringzero.ebpf.verifier.VerifierOptions;
import dev.ringzero.ebpf.elf.MapDefinition;
import dev.ringzero.ebpf.maps.BpfMaps;
import dev.ringzero.ebpf.maps.InvalidMapSpecException;
import dev.ringzero.ebpf.maps.MapSpec;
import dev.ringzero.ebpf.maps.MapType;
import dev.ringzero.ebpf.platform.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies a linked program: the verifier sees the program's code, its program type, the object's maps
 * (in the order the linker numbered them) and, for its messages, the source line of each instruction.
 */
public final class ProgramVerification {

    private ProgramVerification() {}

    public static Verdict verify(LoadedObject object, LoadedProgram program, VerifierOptions options) {
        return Verifier.verify(input(object, program, options));
    }

    public static VerifierInput input(LoadedObject object, LoadedProgram program, VerifierOptions options) {
        return new VerifierInput(program.code(), program.requireType(), maps(object), withLines(program, options),
                program.globalFunctions());
    }

    private static VerifierOptions withLines(LoadedProgram program, VerifierOptions options) {
        return options.withLineInfo(pc -> program.lineAt(pc)
                .map(line -> fileName(line.fileName()) + ":" + line.line() + ": " + line.lineText().strip())
                .orElse(null));
    }

    /**
     * What the verifier knows of an object's maps straight from their definitions, in link order — for
     * verifying without creating them. Each definition is checked against Linux's map rules first (a map
     * the kernel would refuse to create makes the whole load fail, so it must never verify).
     *
     * @throws LinkException for a map type the platform does not number, or a definition that breaks its rules
     */
    public static List<MapDescriptor> maps(BpfObject object, Platform platform) {
        List<MapDescriptor> maps = new ArrayList<>();
        for (MapDefinition d : object.maps()) {
            MapType type = platform.mapType(d.type()).orElseThrow(() -> new LinkException("map '" + d.name()
                    + "': type " + d.type() + " is not a " + platform.name().toLowerCase() + " map type"));
            try {
                BpfMaps.validate(new MapSpec(type, d.keySize(), d.valueSize(), d.maxEntries(), d.flags(), d.name()));
            } catch (InvalidMapSpecException e) {
                throw new LinkException(e.getMessage());
            }
            maps.add(MapDescriptor.of(d.name(), type, d.keySize(), d.valueSize(), d.maxEntries()));
        }
        object.globals().stream().filter(g -> g.size() > 0)
                .forEach(g -> maps.add(MapDescriptor.globalData(g.name(), g.bytes(), g.readOnly())));
        return maps;
    }

    /** Verifies a program linked by {@link ObjectLinker#linkPrograms} against {@link #maps(BpfObject, Platform)}. */
    public static Verdict verify(LoadedProgram program, List<MapDescriptor> maps, VerifierOptions options) {
        return Verifier.verify(new VerifierInput(program.code(), program.requireType(), maps, withLines(program, options),
                program.globalFunctions()));
    }

    public static List<MapDescriptor> maps(LoadedObject linked) {
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

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
