package dev.ringzero.ebpf.elf;

import java.util.Map;
import java.util.Optional;

/**
 * A map the object declares, with numbers exactly as written in the object (the type number may be
 * Linux's or eBPF for Windows' numbering: the platform interprets it).
 *
 * @param keyTypeId     BTF type id of the key ({@code __type(key, T)}), 0 when not given by BTF
 * @param valueTypeId   BTF type id of the value, 0 when not given by BTF
 * @param innerMap      for a map of maps, its inner map's definition
 * @param initialValues for a BTF map of maps, the inner maps placed in slots by the initializer
 *                      ({@code .values = { [1] = &inner }}): slot to map name
 * @param id            eBPF for Windows' legacy {@code id} field (0 when absent)
 */
public record MapDefinition(String name, int type, int keySize, int valueSize, int maxEntries, int flags, int pinning,
                            int keyTypeId, int valueTypeId, Optional<InnerMap> innerMap,
                            Map<Integer, String> initialValues, int id, Origin origin) {

    /** Where the definition came from. */
    public enum Origin {
        /** A variable of the BTF DATASEC {@code .maps}, libbpf's convention. */
        BTF,
        /** A {@code struct bpf_map_def}-like record in the {@code maps} section. */
        LEGACY
    }

    public MapDefinition {
        initialValues = Map.copyOf(initialValues);
    }
}
