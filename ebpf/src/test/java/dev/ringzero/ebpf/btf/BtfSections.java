package dev.ringzero.ebpf.btf;

import dev.ringzero.ebpf.elf.ElfFile;
import dev.ringzero.ebpf.elf.TestObjects;

/** The raw {@code .BTF} and {@code .BTF.ext} sections of the clang-built test objects. */
final class BtfSections {

    private BtfSections() {
    }

    static byte[] btf(String object) {
        return section(object, ".BTF");
    }

    static byte[] btfExt(String object) {
        return section(object, ".BTF.ext");
    }

    private static byte[] section(String object, String name) {
        ElfFile elf = ElfFile.parse(TestObjects.bytes(object));
        return elf.contents(elf.section(name).orElseThrow());
    }
}
