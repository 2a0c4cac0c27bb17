package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.vm.MapBindings;
import java.util.List;
import java.util.Optional;

/** An object file's programs and maps, linked together for one platform. */
public record LoadedObject(BpfObject object, Platform platform, List<LoadedMap> maps, List<LoadedProgram> programs,
                           MapBindings bindings) {

    public LoadedObject {
        maps = List.copyOf(maps);
        programs = List.copyOf(programs);
    }

    public Optional<LoadedProgram> program(String name) {
        return programs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<LoadedMap> map(String name) {
        return maps.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
