package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.GlobalData;
import dev.ringzero.ebpf.verifier.MapDescriptor;
import dev.ringzero.ebpf.verifier.Verdict;
import dev.ringzero.ebpf.verifier.Verifier;
import dev.ringzero.ebpf.verifier.VerifierInput;
import dev.ringzero.ebpf.verifier.VerifierOptions;
import dev.ringzero.ebpf.elf.InnerMap;
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
        return options.withLicense(program.license()).withLineInfo(pc -> program.lineAt(pc)
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
            maps.add(descriptor(object, platform, d));
        }
        object.globals().stream().filter(g -> g.size() > 0)
                .forEach(g -> maps.add(MapDescriptor.globalData(g.name(), g.bytes(), g.readOnly())));
        // a map of maps declared with BTF (__array(values, struct inner)) names its inner-map template, which is
        // what a lookup in it returns (the kernel's inner_map_meta): the template goes after the maps the
        // program's relocations number, and the outer map records where
        int outers = object.maps().size();
        for (int i = 0; i < outers; i++) {
            MapDefinition d = object.maps().get(i);
            if (maps.get(i).type().isMapOfMaps() && d.innerMap().orElse(null) instanceof InnerMap.Template t) {
                MapDescriptor inner = descriptor(object, platform, t.definition());
                if (inner.type().isMapOfMaps() || inner.type() == MapType.PROG_ARRAY) {
                    throw new LinkException("map '" + d.name() + "': the inner map cannot be a " + inner.type().bpftoolName());
                }
                maps.set(i, maps.get(i).withInner(maps.size()));
                maps.add(inner);
            }
        }
        return maps;
    }

    private static MapDescriptor descriptor(BpfObject object, Platform platform, MapDefinition d) {
        MapType type = platform.mapType(d.type()).orElseThrow(() -> new LinkException("map '" + d.name()
                + "': type " + d.type() + " is not a " + platform.name().toLowerCase() + " map type"));
        try {
            BpfMaps.validate(new MapSpec(type, d.keySize(), d.valueSize(), libbpfMaxEntries(type, d.maxEntries()), d.flags(), d.name()));
        } catch (InvalidMapSpecException e) {
            throw new LinkException(e.getMessage());
        }
        // BPF_F_RDONLY_PROG: the program may read the map but neither store into its values nor update it;
        // BPF_F_WRONLY_PROG: it may store into its values but not read them
        return new MapDescriptor(d.name(), type, d.keySize(), d.valueSize(), libbpfMaxEntries(type, d.maxEntries()), null,
                (d.flags() & RDONLY_PROG) != 0).withSpecialFields(
                specialField(object, d.valueTypeId(), "bpf_spin_lock"), specialField(object, d.valueTypeId(), "bpf_timer"))
                .withWriteOnly((d.flags() & WRONLY_PROG) != 0).withInnerMapFlag((d.flags() & INNER_MAP) != 0);
    }

    private static final int RDONLY_PROG = 1 << 7;
    private static final int WRONLY_PROG = 1 << 8;
    private static final int INNER_MAP = 1 << 12;

    /**
     * The byte offset of a member of type {@code struct name} in a map value's BTF type, searching nested structs
     * (as the kernel finds a value's bpf_spin_lock and bpf_timer); -1 when there is none or no BTF.
     */
    static int specialField(BpfObject object, int valueTypeId, String name) {
        if (valueTypeId <= 0 || object.btf().isEmpty()) {
            return -1;
        }
        try {
            return findStruct(object.btf().get(), valueTypeId, name, 0, 0);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static int findStruct(dev.ringzero.ebpf.btf.Btf btf, int id, String name, long base, int depth) {
        if (depth > 16) {
            return -1;
        }
        var type = btf.type(btf.resolve(id));
        if (type instanceof dev.ringzero.ebpf.btf.BtfType.Struct st) {
            if (name.equals(st.name())) {
                return (int) base;
            }
            for (var member : st.members()) {
                int found = findStruct(btf, member.type(), name, base + member.bitOffset() / 8, depth + 1);
                if (found >= 0) {
                    return found;
                }
            }
        }
        return -1;
    }

    /**
     * The max entries libbpf passes to BPF_MAP_CREATE: it rounds a ring buffer's size up to a power-of-2 multiple
     * of the page size (4096 on x86-64); other definitions go unchanged.
     */
    static int libbpfMaxEntries(MapType type, int maxEntries) {
        if ((type != MapType.RINGBUF && type != MapType.USER_RINGBUF) || maxEntries <= 0) {
            return maxEntries;
        }
        long size = 4096;
        while (size < Integer.toUnsignedLong(maxEntries) && size < (1L << 30)) {
            size <<= 1;
        }
        return (int) size;
    }

    /**
     * The first map definition the kernel would refuse to create (a broken BPF_MAP_CREATE rule: sizes, flags, max
     * entries), as a message; empty when every definition is valid or only of a type ringzero cannot describe. Loading
     * such an object fails before any program is verified, so every program in it fails.
     */
    public static java.util.Optional<String> brokenMapRule(BpfObject object, Platform platform) {
        for (MapDefinition d : object.maps()) {
            var type = platform.mapType(d.type());
            if (type.isEmpty()) {
                continue;
            }
            try {
                BpfMaps.validate(new MapSpec(type.get(), d.keySize(), d.valueSize(), libbpfMaxEntries(type.get(), d.maxEntries()), d.flags(), d.name()));
            } catch (InvalidMapSpecException e) {
                if (e.errno() != dev.ringzero.ebpf.maps.Errno.EOPNOTSUPP) {
                    return java.util.Optional.of("the kernel cannot create " + e.getMessage());
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Verifies a program linked by {@link ObjectLinker#linkPrograms} against {@link #maps(BpfObject, Platform)}. */
    public static Verdict verify(LoadedProgram program, List<MapDescriptor> maps, VerifierOptions options) {
        return Verifier.verify(new VerifierInput(program.code(), program.requireType(), maps, withLines(program, options),
                program.globalFunctions()));
    }

    public static List<MapDescriptor> maps(LoadedObject linked) {
        BpfObject object = linked.object();
        List<MapDescriptor> maps = new ArrayList<>(linked.maps().stream().map(m -> descriptor(m, object)).toList());
        int count = maps.size();
        for (int i = 0; i < count; i++) {
            MapSpec inner = switch (linked.maps().get(i).map()) {
                case dev.ringzero.ebpf.maps.BpfArrayOfMaps a -> a.innerTemplate();
                case dev.ringzero.ebpf.maps.BpfHashOfMaps h -> h.innerTemplate();
                default -> null;
            };
            if (inner != null) {
                maps.set(i, maps.get(i).withInner(maps.size()));
                maps.add(MapDescriptor.of(inner.name() == null ? linked.maps().get(i).name() + ".inner" : inner.name(),
                        inner.type(), inner.keySize(), inner.valueSize(), inner.maxEntries())
                        .withInnerMapFlag((inner.flags() & INNER_MAP) != 0));
            }
        }
        return maps;
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
