package dev.ringzero.ebpf.verifier;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.CodeReference;
import dev.ringzero.ebpf.elf.GlobalData;
import dev.ringzero.ebpf.elf.MapDefinition;
import dev.ringzero.ebpf.elf.Program;
import dev.ringzero.ebpf.elf.ProgramSection;
import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.ImmKind;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.maps.MapType;
import dev.ringzero.ebpf.platform.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal linker for the verifier's tests (the engine's own linker belongs to the loader): the
 * program's function, then all of {@code .text} when it calls into it; map lddws indexed into the
 * object's maps followed by its global data sections.
 */
record TestLinker(BpfObject object, Platform platform) {

    record Linked(Code code, List<MapDescriptor> maps) {}

    List<MapDescriptor> maps() {
        List<MapDescriptor> out = new ArrayList<>();
        for (MapDefinition m : object.maps()) {
            MapType type = (platform == Platform.LINUX ? MapType.fromLinux(m.type()) : MapType.fromWindows(m.type()))
                    .orElseThrow(() -> new IllegalArgumentException("map " + m.name() + " has unknown type " + m.type()));
            out.add(MapDescriptor.of(m.name(), type, m.keySize(), m.valueSize(), m.maxEntries()));
        }
        for (GlobalData g : object.globals()) {
            out.add(MapDescriptor.globalData(g.name(), g.bytes(), g.readOnly()));
        }
        return out;
    }

    Linked link(Program program) {
        List<MapDescriptor> maps = maps();
        int start = program.function().startSlot();
        Code own = Code.decode(program.code());
        Instruction[] slots = slotsOf(own);
        boolean callsText = program.references().stream().anyMatch(r -> r instanceof CodeReference.CallReference c
                && c.targetSection().equals(".text"));
        ProgramSection text = object.section(".text").orElse(null);
        int textStart = slots.length;
        List<Instruction> all = new ArrayList<>();
        List<Instruction> ownList = relocate(slots, program.references(), start, maps, textStart, 0);
        all.addAll(ownList);
        if (callsText && text != null) {
            Instruction[] textSlots = slotsOf(Code.decode(text.code()));
            all.addAll(relocate(textSlots, text.referencesBetween(0, text.slotCount()), 0, maps, textStart, textStart));
        }
        return new Linked(Code.of(all), maps);
    }

    private static Instruction[] slotsOf(Code code) {
        Instruction[] slots = new Instruction[code.length()];
        for (int pc = 0; pc < code.length(); pc++) slots[pc] = code.at(pc);
        return slots;
    }

    private List<Instruction> relocate(Instruction[] slots, List<CodeReference> refs, int sectionStart,
                                       List<MapDescriptor> maps, int textStart, int base) {
        for (CodeReference ref : refs) {
            int pc = ref.pc() - sectionStart;
            switch (ref) {
                case CodeReference.MapReference m -> {
                    var lddw = (Instruction.LoadImm64) slots[pc];
                    slots[pc] = new Instruction.LoadImm64(lddw.dst(), ImmKind.MAP_FD, indexOf(maps, m.mapName()));
                }
                case CodeReference.GlobalDataReference g -> {
                    var lddw = (Instruction.LoadImm64) slots[pc];
                    slots[pc] = new Instruction.LoadImm64(lddw.dst(), ImmKind.MAP_VALUE,
                            (g.offset() << 32) | indexOf(maps, g.sectionName()));
                }
                case CodeReference.CallReference c -> {
                    int target = c.targetSection().equals(".text") ? textStart + c.targetSlot() : c.targetSlot() - sectionStart + base;
                    slots[pc] = new Instruction.Call(CallKind.LOCAL, target - (base + pc) - 1);
                }
                default -> throw new IllegalArgumentException("unsupported reference " + ref);
            }
        }
        List<Instruction> out = new ArrayList<>();
        for (Instruction i : slots) if (i != null) out.add(i);
        return out;
    }

    private static int indexOf(List<MapDescriptor> maps, String name) {
        for (int i = 0; i < maps.size(); i++) if (maps.get(i).name().equals(name)) return i;
        throw new IllegalArgumentException("no map or global data named " + name);
    }
}
