package dev.ringzero.ebpf.elf;

import dev.ringzero.ebpf.btf.Btf;
import dev.ringzero.ebpf.btf.BtfType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads BTF-defined maps (libbpf's convention): each variable of the DATASEC {@code .maps} is a struct whose
 * members encode the definition. {@code __uint(x, N)} is a pointer to an array of N elements,
 * {@code __type(x, T)} a pointer to T, {@code __array(values, struct inner)} an array of pointers to the inner
 * map's own definition struct. Offsets come from the ELF symbols (clang leaves the DATASEC offsets 0).
 */
final class BtfMapReader {

    private static final int MAX_NESTING = 2;

    private final ElfFile elf;
    private final SectionHeader section;
    private final Btf btf;

    private BtfMapReader(ElfFile elf, SectionHeader section, Btf btf) {
        this.elf = elf;
        this.section = section;
        this.btf = btf;
    }

    static List<PlacedMap> read(ElfFile elf, SectionHeader section, Optional<Btf> btf) {
        if (btf.isEmpty()) {
            throw new MalformedElfException(section.describe() + ": BTF-defined maps need a .BTF section, and there is none");
        }
        return new BtfMapReader(elf, section, btf.get()).read();
    }

    private List<PlacedMap> read() {
        BtfType.Datasec datasec = btf.datasec(section.name()).orElseThrow(() -> new MalformedElfException(
                section.describe() + ": no BTF DATASEC named " + section.name()));
        List<PlacedMap> maps = new ArrayList<>();
        for (BtfType.VarSection variable : datasec.variables()) {
            if (!(btf.type(variable.type()) instanceof BtfType.Var var)) {
                throw new MalformedElfException("BTF DATASEC " + section.name() + ": entry type " + variable.type()
                        + " is " + btf.type(variable.type()).kind() + ", not VAR");
            }
            ElfSymbol symbol = elf.symbolsIn(section.index()).stream()
                    .filter(s -> s.name().equals(var.name())).findFirst()
                    .orElseThrow(() -> new MalformedElfException("map " + var.name() + ": no symbol of that name in "
                            + section.describe()));
            long size = btf.sizeOf(var.type());
            if (symbol.value() < 0 || size > section.size() || symbol.value() > section.size() - size) {
                throw new MalformedElfException("map " + var.name() + ": offset " + Long.toUnsignedString(symbol.value())
                        + " + size " + size + " > " + section.describe() + " size " + section.size());
            }
            Decoded decoded = decode(var.name(), var.type(), 0);
            Map<Integer, String> initialValues = decoded.valuesOffset() < 0
                    ? Map.of() : initialValues(symbol.value() + decoded.valuesOffset(),
                            symbol.value() + Math.max(size, symbol.size()));
            MapDefinition d = decoded.definition();
            MapDefinition definition = new MapDefinition(d.name(), d.type(), d.keySize(), d.valueSize(), d.maxEntries(),
                    d.flags(), d.pinning(), d.keyTypeId(), d.valueTypeId(), d.innerMap(), initialValues, 0,
                    MapDefinition.Origin.BTF);
            maps.add(new PlacedMap(definition, section.index(), symbol.value(), size));
        }
        maps.sort(Comparator.comparingLong(PlacedMap::offset));
        return maps;
    }

    /** A decoded definition and the byte offset of its {@code values} member (-1 when it has none). */
    private record Decoded(MapDefinition definition, long valuesOffset) {
    }

    private Decoded decode(String name, int typeId, int nesting) {
        if (!(btf.type(btf.resolve(typeId)) instanceof BtfType.Struct struct)) {
            throw new MalformedElfException("map " + name + ": BTF type " + typeId + " (" + btf.describe(typeId)
                    + ") is not a struct");
        }
        int type = 0, keySize = 0, valueSize = 0, maxEntries = 0, flags = 0, pinning = 0, keyTypeId = 0, valueTypeId = 0;
        Optional<InnerMap> inner = Optional.empty();
        long valuesOffset = -1;
        for (BtfType.Member member : struct.members()) {
            String what = "map " + name + " member " + member.name();
            switch (member.name()) {
                case "type" -> type = uint(member, what);
                case "key_size" -> keySize = uint(member, what);
                case "value_size" -> valueSize = uint(member, what);
                case "max_entries" -> maxEntries = uint(member, what);
                case "map_flags" -> flags = uint(member, what);
                case "pinning" -> pinning = uint(member, what);
                case "key" -> {
                    keyTypeId = pointee(member, what);
                    keySize = size(keyTypeId, what);
                }
                case "value" -> {
                    valueTypeId = pointee(member, what);
                    valueSize = size(valueTypeId, what);
                }
                case "values" -> {
                    valuesOffset = member.bitOffset() / 8;
                    inner = innerTemplate(name, member, what, nesting);
                    if (valueSize == 0) {
                        valueSize = 4;
                    }
                }
                default -> {
                    // numa_node, map_extra and members this loader does not know: not part of the definition.
                }
            }
        }
        MapDefinition definition = new MapDefinition(name, type, keySize, valueSize, maxEntries, flags, pinning,
                keyTypeId, valueTypeId, inner, Map.of(), 0, MapDefinition.Origin.BTF);
        return new Decoded(definition, valuesOffset);
    }

    private Optional<InnerMap> innerTemplate(String name, BtfType.Member member, String what, int nesting) {
        if (!(btf.type(btf.resolve(member.type())) instanceof BtfType.Array array)
                || !(btf.type(btf.resolve(array.elementType())) instanceof BtfType.Ptr pointer)) {
            throw new MalformedElfException(what + ": is not __array(values, T) (an array of pointers)");
        }
        if (!(btf.type(btf.resolve(pointer.type())) instanceof BtfType.Struct)) {
            return Optional.empty(); // a program array: values are functions, not maps
        }
        if (nesting >= MAX_NESTING) {
            throw new MalformedElfException(what + ": maps nested more than " + MAX_NESTING + " deep");
        }
        return Optional.of(new InnerMap.Template(decode(name + ".inner", pointer.type(), nesting + 1).definition()));
    }

    private Map<Integer, String> initialValues(long start, long end) {
        Map<Integer, String> values = new LinkedHashMap<>();
        for (ElfRelocation relocation : elf.relocationsFor(section.index())) {
            if (relocation.offset() >= start && relocation.offset() < end) {
                if ((relocation.offset() - start) % 8 != 0) {
                    throw new MalformedElfException(section.describe() + ": relocation at offset " + relocation.offset()
                            + " is not on an 8-byte slot of the values array");
                }
                values.put((int) ((relocation.offset() - start) / 8), relocation.symbol().name());
            }
        }
        return values;
    }

    /** {@code __uint(x, N)}: a pointer to an array of N elements. */
    private int uint(BtfType.Member member, String what) {
        if (btf.type(btf.resolve(member.type())) instanceof BtfType.Ptr pointer
                && btf.type(btf.resolve(pointer.type())) instanceof BtfType.Array array) {
            return (int) array.elements();
        }
        throw new MalformedElfException(what + ": is not __uint(name, N) (a pointer to an array), but "
                + btf.describe(member.type()));
    }

    /** {@code __type(x, T)}: a pointer to T. */
    private int pointee(BtfType.Member member, String what) {
        if (btf.type(btf.resolve(member.type())) instanceof BtfType.Ptr pointer) {
            return pointer.type();
        }
        throw new MalformedElfException(what + ": is not __type(name, T) (a pointer), but " + btf.describe(member.type()));
    }

    private int size(int typeId, String what) {
        long size = btf.sizeOf(typeId);
        if (size > Integer.MAX_VALUE) {
            throw new MalformedElfException(what + ": size " + size + " of " + btf.describe(typeId) + " is too large");
        }
        return (int) size;
    }
}
