package dev.ringzero.ebpf.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the legacy {@code maps} section: one record per symbol, its size taken from the symbol (or, for a
 * size-0 symbol, up to the next symbol). The first four u32 are type, key_size, value_size, max_entries.
 * A 32-byte record is eBPF for Windows' {@code ebpf_map_definition_in_file} (then inner_map_idx, pinning,
 * id, inner_id); any other record of 20 bytes or more is Linux's {@code struct bpf_map_def} (then map_flags).
 */
final class LegacyMapReader {

    static final int MINIMUM_SIZE = 16;
    static final int WINDOWS_SIZE = 32;

    private LegacyMapReader() {
    }

    static List<PlacedMap> read(ElfFile elf, SectionHeader section) {
        if (section.type() == SectionHeader.SHT_NOBITS) {
            throw new MalformedElfException(section.describe() + ": legacy map section has no contents (SHT_NOBITS)");
        }
        byte[] contents = elf.contents(section);
        List<ElfSymbol> symbols = elf.symbolsIn(section.index()).stream()
                .filter(s -> !s.isSection() && s.type() != ElfSymbol.STT_FILE && !s.name().isEmpty())
                .sorted(Comparator.comparingLong(ElfSymbol::value))
                .toList();
        List<PlacedMap> maps = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++) {
            ElfSymbol symbol = symbols.get(i);
            long next = i + 1 < symbols.size() ? symbols.get(i + 1).value() : contents.length;
            long size = symbol.size() != 0 ? symbol.size() : next - symbol.value();
            String what = "map " + symbol.name() + " in " + section.describe();
            if (symbol.value() < 0 || symbol.value() > contents.length || size < 0 || size > contents.length - symbol.value()) {
                throw new MalformedElfException(what + ": offset " + Long.toUnsignedString(symbol.value()) + " + size "
                        + Long.toUnsignedString(size) + " > section size " + contents.length);
            }
            if (size < MINIMUM_SIZE) {
                throw new MalformedElfException(what + ": definition of " + size + " bytes is shorter than " + MINIMUM_SIZE);
            }
            ByteBuffer record = ByteBuffer.wrap(contents, (int) symbol.value(), (int) size).slice().order(ByteOrder.LITTLE_ENDIAN);
            maps.add(new PlacedMap(definition(symbol.name(), record, (int) size), section.index(), symbol.value(), size));
        }
        return maps;
    }

    private static MapDefinition definition(String name, ByteBuffer record, int size) {
        int type = record.getInt(0);
        int keySize = record.getInt(4);
        int valueSize = record.getInt(8);
        int maxEntries = record.getInt(12);
        if (size == WINDOWS_SIZE) {
            InnerMap inner = new InnerMap.Legacy(record.getInt(16), record.getInt(28));
            return new MapDefinition(name, type, keySize, valueSize, maxEntries, 0, record.getInt(20), 0, 0,
                    Optional.of(inner), Map.of(), record.getInt(24), MapDefinition.Origin.LEGACY);
        }
        int flags = size >= 20 ? record.getInt(16) : 0;
        return new MapDefinition(name, type, keySize, valueSize, maxEntries, flags, 0, 0, 0,
                Optional.empty(), Map.of(), 0, MapDefinition.Origin.LEGACY);
    }
}
