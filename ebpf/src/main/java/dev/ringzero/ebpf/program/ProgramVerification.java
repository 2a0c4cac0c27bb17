package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.GlobalData;
import dev.ringzero.ebpf.verifier.MapDescriptor;
import dev.ringzero.ebpf.verifier.Verdict;
import dev.ringzero.ebpf.verifier.Verifier;
import dev.ringzero.ebpf.verifier.VerifierInput;
import dev.ringzero.ebpf.verifier.VerifierOptions;
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
        VerifierOptions withLines = options.withLineInfo(pc -> program.lineAt(pc)
                .map(line -> fileName(line.fileName()) + ":" + line.line() + ": " + line.lineText().strip())
                .orElse(null));
        return new VerifierInput(program.code(), program.requireType(), maps(object), withLines);
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
