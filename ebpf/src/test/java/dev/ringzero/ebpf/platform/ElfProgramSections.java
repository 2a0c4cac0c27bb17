package dev.ringzero.ebpf.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The executable sections of a little-endian ELF64 eBPF object (name → bytes), read straight from
 * its section headers. A test aid only: the engine's own ELF loader lives in {@code ebpf.elf}.
 */
final class ElfProgramSections {
    private static final long SHF_EXECINSTR = 0x4;

    private ElfProgramSections() {}

    static Map<String, byte[]> read(Path object) throws IOException {
        ByteBuffer elf = ByteBuffer.wrap(Files.readAllBytes(object)).order(ByteOrder.LITTLE_ENDIAN);
        if (elf.getInt(0) != 0x464c457f || elf.get(4) != 2 || elf.get(5) != 1) {
            throw new IOException(object + " is not a little-endian ELF64 file");
        }
        long sectionHeaders = elf.getLong(0x28);
        int entrySize = Short.toUnsignedInt(elf.getShort(0x3a));
        int count = Short.toUnsignedInt(elf.getShort(0x3c));
        int namesIndex = Short.toUnsignedInt(elf.getShort(0x3e));
        long namesOffset = elf.getLong((int) (sectionHeaders + (long) namesIndex * entrySize + 0x18));

        var sections = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < count; i++) {
            int header = (int) (sectionHeaders + (long) i * entrySize);
            long flags = elf.getLong(header + 0x08);
            long size = elf.getLong(header + 0x20);
            if ((flags & SHF_EXECINSTR) == 0 || size == 0) {
                continue;
            }
            byte[] content = new byte[(int) size];
            elf.get((int) elf.getLong(header + 0x18), content);
            sections.put(name(elf, (int) (namesOffset + elf.getInt(header))), content);
        }
        return sections;
    }

    private static String name(ByteBuffer elf, int offset) {
        var name = new StringBuilder();
        for (int at = offset; elf.get(at) != 0; at++) {
            name.append((char) elf.get(at));
        }
        return name.toString();
    }
}
