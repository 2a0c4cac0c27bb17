package dev.ringzero.ebpf.elf;

/** A map definition with the bytes it occupies in its section, to resolve lddw relocations against. */
record PlacedMap(MapDefinition definition, int sectionIndex, long offset, long size) {

    boolean contains(int section, long byteOffset) {
        return section == sectionIndex && byteOffset >= offset && byteOffset - offset < Math.max(size, 1);
    }
}
