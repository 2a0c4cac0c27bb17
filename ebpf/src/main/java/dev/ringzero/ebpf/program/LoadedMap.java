package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.elf.MapDefinition;
import dev.ringzero.ebpf.maps.BpfMap;
import java.util.Optional;

/**
 * A map created for an object: one declared in {@code .maps}/{@code maps} (with its definition, whose
 * BTF key and value types describe its contents), or a global data section as a one-entry array.
 */
public record LoadedMap(String name, BpfMap map, Optional<MapDefinition> definition, boolean readOnly) {

    public boolean isGlobalData() {
        return definition.isEmpty();
    }
}
