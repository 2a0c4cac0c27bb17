package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.btf.CoreRelocation;
import dev.ringzero.ebpf.btf.CoreRelocationException;
import dev.ringzero.ebpf.btf.CoreRelocator;
import dev.ringzero.ebpf.btf.CoreTarget;
import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.FunctionSymbol;
import dev.ringzero.ebpf.elf.ProgramSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an object's CO-RE relocations ({@code .BTF.ext}) to its code, against the running kernel's BTF,
 * before anything is linked or verified: libbpf's {@code bpf_object__relocate_core}. Without a kernel BTF
 * (or without relocations) the object is returned unchanged.
 */
public final class CoreRelocations {

    private CoreRelocations() {
    }

    /** The object with relocated code, resolved against {@link CoreTarget#kernel()}. */
    public static BpfObject apply(BpfObject object) {
        if (object.btfExt().coreRelocations().isEmpty() || object.btf().isEmpty()) {
            return object;
        }
        Optional<CoreTarget> target = CoreTarget.kernel();
        return target.isEmpty() ? object : apply(object, target.get());
    }

    /**
     * The object with relocated code, resolved against {@code target}.
     *
     * @throws LinkException when a relocation cannot be resolved or applied (libbpf fails the whole load)
     */
    public static BpfObject apply(BpfObject object, CoreTarget target) {
        List<CoreRelocation> relocations = object.btfExt().coreRelocations();
        if (relocations.isEmpty() || object.btf().isEmpty()) {
            return object;
        }
        CoreRelocator relocator = new CoreRelocator(object.btf().get(), target);
        Map<String, byte[]> patched = new LinkedHashMap<>();
        int index = 0;
        String lastSection = null;
        for (CoreRelocation relocation : relocations) {
            index = relocation.section().equals(lastSection) ? index + 1 : 0;
            lastSection = relocation.section();
            Optional<ProgramSection> section = object.section(relocation.section());
            if (section.isEmpty()) {
                throw new LinkException("CO-RE relocation for section '" + relocation.section() + "', which has no code");
            }
            if (relocation.insnOffset() % 8 != 0) {
                throw new LinkException("sec '" + relocation.section() + "': CO-RE relocation #" + index
                        + " at byte " + relocation.insnOffset() + ", not an instruction boundary");
            }
            int slot = relocation.slot();
            ProgramSection code = section.get();
            Optional<FunctionSymbol> function = code.functionAt(slot);
            if (function.isEmpty() && !code.functions().isEmpty()) {
                continue;
            }
            if (slot >= code.slotCount()) {
                throw new LinkException("sec '" + relocation.section() + "': CO-RE relocation #" + index
                        + " for instruction #" + slot + ", past the section's end");
            }
            String program = function.map(FunctionSymbol::name).orElse(code.name());
            byte[] bytes = patched.computeIfAbsent(code.name(), n -> code.code());
            try {
                CoreRelocator.patch(bytes, slot, relocator.resolve(relocation));
            } catch (CoreRelocationException | dev.ringzero.ebpf.btf.MalformedBtfException e) {
                throw new LinkException("prog '" + program + "': relo #" + index + ": failed to relocate insn #"
                        + (slot - function.map(FunctionSymbol::startSlot).orElse(0)) + ": " + e.getMessage());
            }
        }
        if (patched.isEmpty()) {
            return object;
        }
        List<ProgramSection> sections = new ArrayList<>();
        for (ProgramSection s : object.sections()) {
            byte[] code = patched.get(s.name());
            sections.add(code == null ? s : new ProgramSection(s.name(), s.index(), code, s.functions(), s.labels(),
                    s.references(), s.lineInfos(), s.funcInfos()));
        }
        return new BpfObject(object.license(), sections, object.maps(), object.globals(), object.btf(), object.btfExt(),
                object.elf());
    }
}
