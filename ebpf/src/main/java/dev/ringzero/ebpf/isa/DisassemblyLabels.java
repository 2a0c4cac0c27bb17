package dev.ringzero.ebpf.isa;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Jump annotations from the symbols of one section, as llvm-objdump prints them: the symbol's name when
 * the target is its address, otherwise {@code name+0x<byte distance>} from the nearest symbol before it.
 *
 * @param symbolsByPc symbol names by the slot they mark
 */
public record DisassemblyLabels(NavigableMap<Integer, String> symbolsByPc) implements LabelResolver {

    public DisassemblyLabels {
        symbolsByPc = Collections.unmodifiableNavigableMap(new TreeMap<>(symbolsByPc));
    }

    /** Labels from symbol names keyed by slot ({@code pc}, i.e. byte address / 8). */
    public static DisassemblyLabels of(Map<Integer, String> symbolsByPc) {
        return new DisassemblyLabels(new TreeMap<>(symbolsByPc));
    }

    @Override
    public Optional<String> labelAt(int targetPc) {
        Map.Entry<Integer, String> before = symbolsByPc.floorEntry(targetPc);
        if (before == null) {
            return Optional.empty();
        }
        if (before.getKey() == targetPc) {
            return Optional.of(before.getValue());
        }
        long distance = (long) (targetPc - before.getKey()) * RawInstruction.SIZE;
        return Optional.of(before.getValue() + "+0x" + Long.toHexString(distance));
    }
}
