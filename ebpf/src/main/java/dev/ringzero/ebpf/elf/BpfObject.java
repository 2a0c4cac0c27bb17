package dev.ringzero.ebpf.elf;

import dev.ringzero.ebpf.btf.Btf;
import dev.ringzero.ebpf.btf.BtfExt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A loaded BPF object: what {@link BpfObjectLoader} makes of a clang-built ELF file.
 *
 * @param license  the NUL-terminated contents of the {@code license} section, {@code ""} when absent
 * @param sections every non-empty executable section, {@code .text} included, in section order
 * @param maps     map definitions: BTF ({@code .maps}) first, then legacy ({@code maps}), each in offset order
 * @param globals  global data sections, in section order
 * @param btf      the parsed {@code .BTF}, when present
 * @param btfExt   the parsed {@code .BTF.ext}, empty when absent
 * @param elf      the underlying ELF file (for symbol and section dumps)
 */
public record BpfObject(String license, List<ProgramSection> sections, List<MapDefinition> maps,
                        List<GlobalData> globals, Optional<Btf> btf, BtfExt btfExt, ElfFile elf) {

    public BpfObject {
        sections = List.copyOf(sections);
        maps = List.copyOf(maps);
        globals = List.copyOf(globals);
    }

    /**
     * The programs: each global function of each executable section other than {@code .text}; a section
     * without function symbols counts as one program named after the section.
     */
    public List<Program> programs() {
        List<Program> programs = new ArrayList<>();
        for (ProgramSection section : sections) {
            if (section.name().equals(".text")) {
                continue;
            }
            List<FunctionSymbol> entries = section.functions().stream().filter(FunctionSymbol::global).toList();
            if (entries.isEmpty() && section.functions().isEmpty()) {
                entries = List.of(new FunctionSymbol(section.name(), 0, section.slotCount() * 8L, true));
            }
            entries.forEach(f -> programs.add(new Program(section, f)));
        }
        return programs;
    }

    public Optional<Program> program(String name) {
        return programs().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<ProgramSection> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<MapDefinition> map(String name) {
        return maps.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<GlobalData> global(String name) {
        return globals.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
