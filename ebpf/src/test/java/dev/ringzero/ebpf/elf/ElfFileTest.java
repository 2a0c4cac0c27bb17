package dev.ringzero.ebpf.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Expected values are those of {@code llvm-readelf -S -s -r programs.o}. */
class ElfFileTest {

    private final ElfFile elf = ElfFile.parse(TestObjects.bytes(TestObjects.PROGRAMS));

    @Test
    void theHeaderIsARelocatableBpfObject() {
        assertThat(elf.header().type()).isEqualTo(ElfHeader.ET_REL);
        assertThat(elf.header().machine()).isEqualTo(ElfHeader.EM_BPF);
        assertThat(elf.header().sectionCount()).isEqualTo(28);
        assertThat(elf.header().sectionNamesIndex()).isEqualTo(1);
    }

    @Test
    void sectionHeadersAreReadWithTheirNames() {
        assertThat(elf.sections()).extracting(SectionHeader::name).startsWith(
                "", ".strtab", ".text", "xdp", ".relxdp", ".rodata.cst16", "license", ".debug_loclists");
        SectionHeader xdp = elf.section("xdp").orElseThrow();
        assertThat(xdp.index()).isEqualTo(3);
        assertThat(xdp.type()).isEqualTo(SectionHeader.SHT_PROGBITS);
        assertThat(xdp.offset()).isEqualTo(0x108);
        assertThat(xdp.size()).isEqualTo(0xe0);
        assertThat(xdp.isExecutable()).isTrue();
        assertThat(xdp.addressAlign()).isEqualTo(8);
        SectionHeader rel = elf.section(".relxdp").orElseThrow();
        assertThat(rel.type()).isEqualTo(SectionHeader.SHT_REL);
        assertThat(rel.link()).isEqualTo(27);
        assertThat(rel.info()).isEqualTo(3);
        assertThat(rel.entrySize()).isEqualTo(16);
    }

    @Test
    void symbolsCarryTypeBindingSectionValueAndSize() {
        assertThat(elf.symbols()).hasSize(23);
        assertThat(elf.symbols()).filteredOn(s -> s.isFunction())
                .extracting(ElfSymbol::name, ElfSymbol::binding, ElfSymbol::sectionIndex, ElfSymbol::value, ElfSymbol::size)
                .containsExactly(
                        tuple("checksum", ElfSymbol.STB_LOCAL, 2, 0x18L, 176L),
                        tuple("triple", ElfSymbol.STB_GLOBAL, 2, 0L, 24L),
                        tuple("first_program", ElfSymbol.STB_GLOBAL, 3, 0L, 48L),
                        tuple("second_program", ElfSymbol.STB_GLOBAL, 3, 0x30L, 176L));
        assertThat(elf.symbols().get(7)).isEqualTo(new ElfSymbol(7, "LBB3_1", ElfSymbol.STT_NOTYPE, ElfSymbol.STB_LOCAL, 3, 0x40, 0));
    }

    @Test
    void sectionSymbolsTakeTheirSectionsName() {
        assertThat(elf.symbols().get(2).name()).isEqualTo(".text");
        assertThat(elf.symbols().get(2).isSection()).isTrue();
    }

    @Test
    void relocationsAreGroupedByTheSectionTheyApplyTo() {
        assertThat(elf.relocationsFor(3))
                .extracting(ElfRelocation::offset, ElfRelocation::type, r -> r.symbol().name())
                .containsExactly(
                        tuple(0x00L, RelocationType.R_BPF_64_64, ".rodata.cst16"),
                        tuple(0x18L, RelocationType.R_BPF_64_32, ".text"),
                        tuple(0xa0L, RelocationType.R_BPF_64_32, "triple"),
                        tuple(0xc8L, RelocationType.R_BPF_64_32, ".text"));
        assertThat(elf.relocationsFor(elf.section(".BTF").orElseThrow().index()))
                .extracting(ElfRelocation::type).containsOnly(RelocationType.R_BPF_64_NODYLD32);
        assertThat(elf.relocationsFor(elf.section(".debug_info").orElseThrow().index()))
                .extracting(ElfRelocation::type).containsOnly(RelocationType.R_BPF_64_ABS32);
        assertThat(elf.relocationsFor(elf.section(".debug_addr").orElseThrow().index()))
                .extracting(ElfRelocation::type).containsOnly(RelocationType.R_BPF_64_ABS64);
    }

    @Test
    void sectionContentsAreTheFileBytesAtTheSectionOffset() {
        byte[] license = elf.contents(elf.section("license").orElseThrow());
        assertThat(license).containsExactly('G', 'P', 'L', 0);
    }

    @Test
    void aFileThatIsNotElfIsRejected() {
        byte[] bytes = TestObjects.bytes(TestObjects.PROGRAMS);
        bytes[1] = 'X';
        assertThatThrownBy(() -> ElfFile.parse(bytes)).isInstanceOf(MalformedElfException.class).hasMessage("not an ELF file: bad magic");
    }

    @Test
    void aNonBpfMachineIsRejected() {
        byte[] bytes = TestObjects.bytes(TestObjects.PROGRAMS);
        bytes[18] = 62; // EM_X86_64
        assertThatThrownBy(() -> ElfFile.parse(bytes)).isInstanceOf(MalformedElfException.class)
                .hasMessage("e_machine 62 is not EM_BPF (247)");
    }

    @Test
    void aBigEndianFileIsRejected() {
        byte[] bytes = TestObjects.bytes(TestObjects.PROGRAMS);
        bytes[5] = 2;
        assertThatThrownBy(() -> ElfFile.parse(bytes)).isInstanceOf(MalformedElfException.class)
                .hasMessage("EI_DATA 2 is not little-endian (1)");
    }

    @Test
    void aSectionWhoseContentsPassTheEndOfTheFileIsNamed() {
        byte[] bytes = TestObjects.bytes(TestObjects.PROGRAMS);
        int xdpHeader = (int) elf.header().sectionHeaderOffset() + 3 * 64;
        bytes[xdpHeader + 24] = 0x00; // sh_offset = 0x1000
        bytes[xdpHeader + 25] = 0x10;
        bytes[xdpHeader + 32] = 0x00; // sh_size = 0x1000
        bytes[xdpHeader + 33] = 0x10;
        assertThatThrownBy(() -> ElfFile.parse(bytes)).isInstanceOf(MalformedElfException.class)
                .hasMessage("section 3 (xdp) extends past end of file: offset 4096 + size 4096 > 7592");
    }

    @Test
    void aSectionTableBeyondTheEndOfTheFileIsRejected() {
        byte[] bytes = Arrays.copyOf(TestObjects.bytes(TestObjects.PROGRAMS), 5800 + 100);
        assertThatThrownBy(() -> ElfFile.parse(bytes)).isInstanceOf(MalformedElfException.class)
                .hasMessage("section header table (28 entries) extends past end of file: offset 5800 + size 1792 > 5900");
    }

    @Test
    void aRelocationNamingAMissingSymbolIsRejected() {
        byte[] bytes = TestObjects.bytes(TestObjects.PROGRAMS);
        int relxdp = (int) elf.section(".relxdp").orElseThrow().offset();
        bytes[relxdp + 12] = 99; // r_info symbol index of the first entry
        assertThatThrownBy(() -> ElfFile.parse(bytes)).isInstanceOf(MalformedElfException.class)
                .hasMessage("section 4 (.relxdp) entry 0: symbol index 99 out of range (23 symbols)");
    }
}
