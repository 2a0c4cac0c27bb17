package dev.ringzero.ebpf.maps;

import java.lang.foreign.MemorySegment;

/** The rules maps of maps share: which maps fit the inner-map definition, and how user space sees their ids. */
final class InnerMaps {
    private InnerMaps() {
    }

    /** Linux's {@code bpf_map_meta_equal}: same type, key size, value size, max entries and flags. */
    static boolean fits(MapSpec template, BpfMap inner) {
        MapSpec spec = inner.spec();
        return spec.type() == template.type() && spec.keySize() == template.keySize()
                && spec.valueSize() == template.valueSize() && spec.maxEntries() == template.maxEntries()
                && spec.flags() == template.flags();
    }

    static byte[] idBytes(int mapId) {
        byte[] id = new byte[4];
        MemorySegment.ofArray(id).set(ArrayMapBase.INDEX, 0, mapId);
        return id;
    }
}
