package dev.ringzero.ebpf.elf;

/** How a map-in-map definition names the definition of its inner maps. */
public sealed interface InnerMap {

    /** BTF-defined: {@code __array(values, struct inner_def)} gives the inner map's definition itself. */
    record Template(MapDefinition definition) implements InnerMap {
    }

    /**
     * eBPF for Windows' legacy {@code ebpf_map_definition_in_file}: {@code inner_map_idx} (0-based index of the
     * template in the {@code maps} section) and {@code inner_id} (the {@code id} of the template, 0 for none).
     * Which of the two applies depends on the map type, which only the platform knows.
     */
    record Legacy(int innerMapIndex, int innerMapId) implements InnerMap {
    }
}
