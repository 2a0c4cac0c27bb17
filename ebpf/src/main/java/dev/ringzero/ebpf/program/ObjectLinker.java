package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.btf.LineInfo;
import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.CodeReference;
import dev.ringzero.ebpf.elf.GlobalData;
import dev.ringzero.ebpf.elf.InnerMap;
import dev.ringzero.ebpf.elf.MapDefinition;
import dev.ringzero.ebpf.elf.Program;
import dev.ringzero.ebpf.elf.ProgramSection;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.IllegalInstructionException;
import dev.ringzero.ebpf.isa.ImmKind;
import dev.ringzero.ebpf.isa.RawInstruction;
import dev.ringzero.ebpf.maps.BpfArrayOfMaps;
import dev.ringzero.ebpf.maps.BpfMap;
import dev.ringzero.ebpf.maps.BpfMaps;
import dev.ringzero.ebpf.maps.BpfProgramArray;
import dev.ringzero.ebpf.maps.InvalidMapSpecException;
import dev.ringzero.ebpf.maps.MapSpec;
import dev.ringzero.ebpf.maps.MapType;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.btf.Btf;
import dev.ringzero.ebpf.btf.FuncInfo;
import dev.ringzero.ebpf.verifier.GlobalFunction;
import java.util.HashMap;
import dev.ringzero.ebpf.platform.ProgramType;
import dev.ringzero.ebpf.vm.Access;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.ProgramEngine;
import java.util.function.Supplier;
import dev.ringzero.ebpf.vm.MapBindings;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Links an ELF object for one platform, as libbpf's loader does: creates its maps and global data
 * maps, copies each program's instructions, appends the {@code .text} subprograms it calls, and patches
 * every {@code lddw} that names a map or global variable into the pseudo forms the engine understands
 * ({@code MAP_FD} with the map's index, {@code MAP_VALUE} with index and offset).
 */
public final class ObjectLinker {

    /** The section eBPF for Windows' {@code bpf_helpers.h} adds to every object it compiles. */
    public static final String WINDOWS_TAG_SECTION = ".ebpf_for_windows";

    private final Platform platform;

    private ObjectLinker(Platform platform) {
        this.platform = platform;
    }

    /** Links for the platform the object was written for (see {@link #detectPlatform}). */
    public static LoadedObject link(BpfObject object) {
        return link(object, detectPlatform(object));
    }

    public static LoadedObject link(BpfObject object, Platform platform) {
        return new ObjectLinker(platform).linkObject(relocateCore(object, platform));
    }

    /** On Linux, libbpf resolves CO-RE relocations against the kernel's BTF before anything else. */
    private static BpfObject relocateCore(BpfObject object, Platform platform) {
        return platform == Platform.LINUX ? CoreRelocations.apply(object) : object;
    }

    /**
     * The platform an object targets: eBPF for Windows when it carries the Windows headers' tag section
     * or when only Windows knows its program sections; Linux otherwise.
     */
    public static Platform detectPlatform(BpfObject object) {
        if (object.elf().section(WINDOWS_TAG_SECTION).isPresent()) {
            return Platform.WINDOWS;
        }
        List<Program> programs = object.programs();
        boolean linux = programs.stream().allMatch(p -> ProgramType.forSection(Platform.LINUX, p.sectionName()).isPresent());
        boolean windows = programs.stream().allMatch(p -> ProgramType.forSection(Platform.WINDOWS, p.sectionName()).isPresent());
        return !linux && windows ? Platform.WINDOWS : Platform.LINUX;
    }

    private LoadedObject linkObject(BpfObject object) {
        List<LoadedMap> maps = new ArrayList<>();
        for (MapDefinition definition : object.maps()) {
            maps.add(new LoadedMap(definition.name(), createMap(definition, object.maps()), Optional.of(definition), false));
        }
        for (GlobalData data : object.globals()) {
            if (data.size() == 0) {
                continue;
            }
            BpfMap array = BpfMaps.create(MapSpec.of(data.name(), MapType.ARRAY, 4, data.size(), 1));
            array.update(new byte[4], data.bytes(), 0);
            maps.add(new LoadedMap(data.name(), array, Optional.empty(), data.readOnly()));
        }
        MapBindings bindings = MapBindings.of(maps.stream().map(LoadedMap::map).toList());
        for (int i = 0; i < maps.size(); i++) {
            LoadedMap map = maps.get(i);
            if (map.isGlobalData()) {
                MemorySegment value = map.map().lookupElement(MemorySegment.ofArray(new byte[4]));
                bindings = bindings.withValueRegion(i, value, map.readOnly() ? Access.READ : Access.READ_WRITE);
            }
        }
        fillMapsOfMaps(maps);

        Optional<ProgramSection> text = object.section(".text");
        List<LoadedProgram> programs = new ArrayList<>();
        for (Program program : object.programs()) {
            programs.add(linkProgram(program, text, names(maps), object.btf(), object.license()));
        }
        fillProgramArrays(maps, programs);
        return new LoadedObject(object, platform, maps, programs, bindings);
    }

    private BpfMap createMap(MapDefinition definition, List<MapDefinition> all) {
        MapSpec spec = spec(definition);
        try {
            if (spec.type().isMapOfMaps()) {
                MapDefinition inner = switch (definition.innerMap().orElseThrow(() -> new LinkException(
                        "map '" + definition.name() + "' is a map of maps without an inner map definition"))) {
                    case InnerMap.Template template -> template.definition();
                    case InnerMap.Legacy legacy -> {
                        if (legacy.innerMapIndex() < 0 || legacy.innerMapIndex() >= all.size()) {
                            throw new LinkException("map '" + definition.name() + "' names inner map "
                                    + legacy.innerMapIndex() + ", which does not exist");
                        }
                        yield all.get(legacy.innerMapIndex());
                    }
                };
                return BpfMaps.createMapOfMaps(spec, spec(inner));
            }
            return BpfMaps.create(spec);
        } catch (InvalidMapSpecException e) {
            throw new LinkException(e.getMessage());
        }
    }

    private MapSpec spec(MapDefinition definition) {
        MapType type = platform.mapType(definition.type())
                .filter(MapType::isSupported)
                .orElseThrow(() -> new LinkException("map '" + definition.name() + "': type " + definition.type()
                        + " is not a " + platform.name().toLowerCase() + " map type ringzero supports"));
        try {
            return new MapSpec(type, definition.keySize(), definition.valueSize(), definition.maxEntries(),
                    definition.flags(), definition.name());
        } catch (InvalidMapSpecException e) {
            throw new LinkException(e.getMessage());
        }
    }

    private static void fillMapsOfMaps(List<LoadedMap> maps) {
        for (LoadedMap outer : maps) {
            if (!(outer.map() instanceof BpfArrayOfMaps array) || outer.definition().isEmpty()) {
                continue;
            }
            for (Map.Entry<Integer, String> slot : outer.definition().get().initialValues().entrySet()) {
                int index = indexOf(maps, slot.getValue());
                if (index < 0 || array.set(slot.getKey(), index + 1, maps.get(index).map()) != 0) {
                    throw new LinkException("map '" + outer.name() + "' slot " + slot.getKey()
                            + " cannot hold map '" + slot.getValue() + "'");
                }
            }
        }
    }

    private static void fillProgramArrays(List<LoadedMap> maps, List<LoadedProgram> programs) {
        for (LoadedMap map : maps) {
            if (!(map.map() instanceof BpfProgramArray array) || map.definition().isEmpty()) {
                continue;
            }
            for (Map.Entry<Integer, String> slot : map.definition().get().initialValues().entrySet()) {
                int id = -1;
                for (int i = 0; i < programs.size(); i++) {
                    if (programs.get(i).name().equals(slot.getValue())) {
                        id = i;
                    }
                }
                if (id < 0 || array.set(slot.getKey(), id + 1, programs.get(id).interpreter()) != 0) {
                    throw new LinkException("program array '" + map.name() + "' slot " + slot.getKey()
                            + " cannot hold program '" + slot.getValue() + "'");
                }
            }
        }
    }

    private LoadedProgram linkProgram(Program program, Optional<ProgramSection> text, List<String> maps, Optional<Btf> btf,
                                      String license) {
        ProgramSection section = program.section();
        int start = program.function().startSlot();
        int end = program.function().endSlot();
        List<CodeReference> own = section.referencesBetween(start, end);
        boolean needsText = text.isPresent() && !section.name().equals(".text")
                && own.stream().anyMatch(r -> targetsSection(r, ".text"));
        int textBase = end - start;
        byte[] programCode = section.code(start, end);
        byte[] code = programCode;
        if (needsText) {
            byte[] textCode = text.get().code();
            code = new byte[programCode.length + textCode.length];
            System.arraycopy(programCode, 0, code, 0, programCode.length);
            System.arraycopy(textCode, 0, code, programCode.length, textCode.length);
        }
        var where = new Placement(program, section.name(), start, end, textBase, needsText);
        for (CodeReference reference : own) {
            patch(code, reference, reference.pc() - start, where, maps);
        }
        NavigableMap<Integer, LineInfo> lines = new TreeMap<>();
        section.lineInfosBySlot().subMap(start, end).forEach((slot, line) -> lines.put(slot - start, line));
        if (needsText) {
            for (CodeReference reference : text.get().references()) {
                patch(code, reference, textBase + reference.pc(), where, maps);
            }
            text.get().lineInfosBySlot().forEach((slot, line) -> lines.put(textBase + slot, line));
        }
        Code decoded;
        try {
            decoded = Code.decode(code);
        } catch (IllegalInstructionException e) {
            throw new LinkException("program " + program.name() + ": " + e.getMessage());
        }
        Optional<ProgramType> type = ProgramType.forSection(platform, section.name());
        Map<Integer, GlobalFunction> globals = Map.of();
        if (btf.isPresent() && type.isPresent() && platform == Platform.LINUX) {
            Map<Integer, Integer> functions = new HashMap<>();
            for (FuncInfo info : section.funcInfos()) {
                if (info.slot() >= start && info.slot() < end) functions.put(info.slot() - start, info.typeId());
            }
            if (needsText) {
                for (FuncInfo info : text.get().funcInfos()) functions.put(textBase + info.slot(), info.typeId());
            }
            globals = GlobalFunctionSignatures.of(btf.get(), functions, type.get());
        }
        return new LoadedProgram(program.name(), section.name(), license, platform, type, decoded,
                java.util.Collections.unmodifiableNavigableMap(lines), globals, new Interpreter(decoded),
                new CompileOnce(decoded));
    }

    /** The JIT's engine for a program, compiled on first use (most loaded programs are only interpreted). */
    private static final class CompileOnce implements Supplier<ProgramEngine> {
        private final Code code;
        private volatile ProgramEngine engine;

        CompileOnce(Code code) {
            this.code = code;
        }

        @Override
        public ProgramEngine get() {
            ProgramEngine e = engine;
            if (e == null) {
                synchronized (this) {
                    if (engine == null) {
                        engine = Engine.JIT.prepare(code);
                    }
                    e = engine;
                }
            }
            return e;
        }
    }

    /** Where the program's own code and the appended {@code .text} sit in the linked code. */
    private record Placement(Program program, String section, int start, int end, int textBase, boolean hasText) {

        /** Whether a two-slot instruction at {@code pc} would run past the program's own code into {@code .text}. */
        boolean splitsLddw(int pc) {
            return pc < textBase && pc + 1 >= textBase;
        }

        int slotOf(String targetSection, int targetSlot, int pc) {
            if (targetSection.equals(section) && targetSlot >= start && targetSlot < end) {
                return targetSlot - start;
            }
            if (hasText && targetSection.equals(".text")) {
                return textBase + targetSlot;
            }
            throw new LinkException("program " + program.name() + ": instruction " + pc + " refers to "
                    + targetSection + "+" + targetSlot * RawInstruction.SIZE + ", outside the program and .text");
        }
    }

    private static boolean targetsSection(CodeReference reference, String section) {
        return switch (reference) {
            case CodeReference.CallReference c -> c.targetSection().equals(section);
            case CodeReference.FunctionReference f -> f.targetSection().equals(section);
            default -> false;
        };
    }

    private void patch(byte[] code, CodeReference reference, int pc, Placement where, List<String> maps) {
        String program = where.program().name();
        boolean wide = reference instanceof CodeReference.MapReference || reference instanceof CodeReference.GlobalDataReference
                || reference instanceof CodeReference.FunctionReference || reference instanceof CodeReference.KernelSymbolReference;
        if (pc < 0 || (pc + (wide ? 2 : 1)) * RawInstruction.SIZE > code.length
                || (wide && where.splitsLddw(pc))) {
            throw new LinkException("program " + program + ": the relocation at instruction " + pc
                    + " does not fit inside the program (a 16-byte lddw cut by the function's end?)");
        }
        switch (reference) {
            case CodeReference.MapReference m -> {
                int index = maps.indexOf(m.mapName());
                if (index < 0) {
                    throw new LinkException("program " + program + ": instruction " + pc + " uses map '"
                            + m.mapName() + "', which the object does not define");
                }
                setSource(code, pc, ImmKind.MAP_FD.src());
                setImm(code, pc, index);
            }
            case CodeReference.GlobalDataReference g -> {
                if (g.offset() < 0 || g.offset() > Integer.MAX_VALUE) {
                    throw new LinkException("program " + program + ": instruction " + pc + " refers to offset "
                            + g.offset() + " of " + g.sectionName());
                }
                int index = maps.indexOf(g.sectionName());
                if (index < 0) {
                    throw new LinkException("program " + program + ": instruction " + pc + " uses global data in "
                            + g.sectionName() + ", which is empty or missing");
                }
                setSource(code, pc, ImmKind.MAP_VALUE.src());
                setImm(code, pc, index);
                setImm(code, pc + 1, (int) g.offset());
            }
            case CodeReference.CallReference c -> setImm(code, pc, where.slotOf(c.targetSection(), c.targetSlot(), pc) - (pc + 1));
            case CodeReference.FunctionReference f -> {
                setSource(code, pc, ImmKind.FUNC.src());
                setImm(code, pc, where.slotOf(f.targetSection(), f.targetSlot(), pc) - (pc + 1));
            }
            case CodeReference.KernelSymbolReference k -> {
                setImm(code, pc, (int) k.address());
                setImm(code, pc + 1, (int) (k.address() >>> 32));
            }
            case CodeReference.ExternReference e -> throw new LinkException("program " + program + ": instruction "
                    + pc + " refers to external symbol '" + e.symbolName() + "', which ringzero cannot resolve"
                    + (e.problem().isEmpty() ? "" : ": " + e.problem()));
        }
    }

    /**
     * Links the object's programs without creating any map: each map reference is patched to the index the
     * map has in {@link #mapNames} (as {@link #link} numbers them). What a verifier needs, even for maps
     * ringzero cannot create.
     */
    public static List<LoadedProgram> linkPrograms(BpfObject original, Platform platform) {
        BpfObject object = relocateCore(original, platform);
        ObjectLinker linker = new ObjectLinker(platform);
        List<String> names = mapNames(object);
        Optional<ProgramSection> text = object.section(".text");
        return object.programs().stream().map(p -> linker.linkProgram(p, text, names, object.btf(), object.license())).toList();
    }

    /** The object's maps in link order: its map definitions, then its non-empty global data sections. */
    public static List<String> mapNames(BpfObject object) {
        List<String> names = new ArrayList<>(object.maps().stream().map(MapDefinition::name).toList());
        object.globals().stream().filter(g -> g.size() > 0).forEach(g -> names.add(g.name()));
        return names;
    }

    private static List<String> names(List<LoadedMap> maps) {
        return maps.stream().map(LoadedMap::name).toList();
    }

    private static int indexOf(List<LoadedMap> maps, String name) {
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void setSource(byte[] code, int pc, int src) {
        int at = pc * RawInstruction.SIZE + 1;
        code[at] = (byte) ((code[at] & 0x0f) | (src << 4));
    }

    private static void setImm(byte[] code, int pc, int imm) {
        int at = pc * RawInstruction.SIZE + 4;
        code[at] = (byte) imm;
        code[at + 1] = (byte) (imm >> 8);
        code[at + 2] = (byte) (imm >> 16);
        code[at + 3] = (byte) (imm >> 24);
    }
}
