package dev.ringzero.ebpf.elf;

import dev.ringzero.ebpf.btf.Btf;
import dev.ringzero.ebpf.btf.BtfExt;
import dev.ringzero.ebpf.btf.BtfExtParser;
import dev.ringzero.ebpf.btf.BtfParser;
import dev.ringzero.ebpf.btf.MalformedBtfException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a BPF object as Debian's {@code clang -target bpf -O2 -g -c} produces it. Any inconsistency,
 * including a broken {@code .BTF} or {@code .BTF.ext} (BTF is not optional once present), is reported as
 * {@link MalformedElfException}.
 */
public final class BpfObjectLoader {

    private BpfObjectLoader() {
    }

    public static BpfObject load(Path path) throws IOException {
        return load(Files.readAllBytes(path));
    }

    public static BpfObject load(byte[] bytes) {
        try {
            return loadChecked(bytes);
        } catch (MalformedBtfException e) {
            throw new MalformedElfException(e.getMessage(), e);
        }
    }

    private static BpfObject loadChecked(byte[] bytes) {
        ElfFile elf = ElfFile.parse(bytes);
        Optional<Btf> btf = elf.section(".BTF").map(s -> BtfParser.parse(elf.contents(s)));
        BtfExt btfExt = elf.section(".BTF.ext").map(s -> BtfExtParser.parse(elf.contents(s), btf.orElseThrow(
                () -> new MalformedElfException(s.describe() + ": .BTF.ext without .BTF")))).orElse(BtfExt.empty());

        List<PlacedMap> maps = new ArrayList<>();
        elf.section(".maps").ifPresent(s -> maps.addAll(BtfMapReader.read(elf, s, btf)));
        elf.section("maps").ifPresent(s -> maps.addAll(LegacyMapReader.read(elf, s)));

        List<GlobalData> globals = new ArrayList<>();
        Set<Integer> globalSections = new HashSet<>();
        for (SectionHeader section : elf.sections()) {
            if (isGlobalData(section)) {
                globals.add(globalData(elf, section));
                globalSections.add(section.index());
            }
        }

        KconfigExterns.Resolution externs = KconfigExterns.resolve(elf, btf);
        externs.map().ifPresent(globals::add);
        CodeReferenceResolver resolver = new CodeReferenceResolver(elf, maps, globalSections, externs,
                KernelSymbols.resolve(elf, btf));
        List<ProgramSection> sections = new ArrayList<>();
        for (SectionHeader section : elf.sections()) {
            if (section.isExecutable() && section.type() == SectionHeader.SHT_PROGBITS && section.size() > 0) {
                sections.add(ProgramSectionReader.read(elf, section, resolver, btfExt));
            }
        }
        return new BpfObject(license(elf), sections, maps.stream().map(PlacedMap::definition).toList(), globals,
                btf, btfExt, elf);
    }

    private static boolean isGlobalData(SectionHeader section) {
        if (section.type() != SectionHeader.SHT_PROGBITS && section.type() != SectionHeader.SHT_NOBITS) {
            return false;
        }
        String name = section.name();
        for (String prefix : List.of(".data", ".rodata", ".bss")) {
            if (name.equals(prefix) || name.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }

    private static GlobalData globalData(ElfFile elf, SectionHeader section) {
        boolean readOnly = !section.isWritable();
        if (section.type() == SectionHeader.SHT_NOBITS) {
            if (section.size() < 0 || section.size() > GlobalData.MAX_SIZE) {
                throw new MalformedElfException(section.describe() + ": size " + Long.toUnsignedString(section.size())
                        + " exceeds the global data limit of " + GlobalData.MAX_SIZE + " bytes");
            }
            return new GlobalData(section.name(), new byte[(int) section.size()], readOnly);
        }
        return new GlobalData(section.name(), elf.contents(section), readOnly);
    }

    private static String license(ElfFile elf) {
        return elf.section("license").map(s -> {
            byte[] contents = elf.contents(s);
            int end = 0;
            while (end < contents.length && contents[end] != 0) {
                end++;
            }
            return new String(contents, 0, end, StandardCharsets.UTF_8);
        }).orElse("");
    }
}
