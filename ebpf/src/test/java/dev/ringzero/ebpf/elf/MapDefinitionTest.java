package dev.ringzero.ebpf.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.ebpf.btf.Btf;
import dev.ringzero.ebpf.elf.CodeReference.MapReference;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expected values are those of the sources in {@code elf/src/} and of {@code bpftool btf dump file}. */
class MapDefinitionTest {

    private final BpfObject btfMaps = TestObjects.load(TestObjects.BTF_MAPS);

    @Test
    void btfMapsAreListedInSectionOrder() {
        assertThat(btfMaps.maps()).extracting(MapDefinition::name).containsExactly("inner", "outer", "processes", "counters");
        assertThat(btfMaps.maps()).extracting(MapDefinition::origin).containsOnly(MapDefinition.Origin.BTF);
    }

    @Test
    void aBtfHashMapTakesKeyAndValueSizesFromItsTypes() {
        MapDefinition processes = btfMaps.map("processes").orElseThrow();
        Btf btf = btfMaps.btf().orElseThrow();
        assertThat(processes.type()).isEqualTo(1);
        assertThat(processes.keySize()).isEqualTo(8);
        assertThat(processes.valueSize()).isEqualTo(32);
        assertThat(processes.maxEntries()).isEqualTo(1024);
        assertThat(processes.flags()).isEqualTo(1);
        assertThat(processes.pinning()).isEqualTo(1);
        assertThat(btf.describe(processes.keyTypeId())).isEqualTo("struct process_key");
        assertThat(btf.describe(processes.valueTypeId())).isEqualTo("struct process_info");
        assertThat(processes.keyTypeId()).isEqualTo(21);
        assertThat(processes.valueTypeId()).isEqualTo(23);
    }

    @Test
    void aBtfMapSizedWithNumbersHasNoKeyOrValueType() {
        assertThat(btfMaps.map("counters").orElseThrow()).isEqualTo(new MapDefinition("counters", 2, 4, 8, 16, 0, 0, 0, 0,
                Optional.empty(), Map.of(), 0, MapDefinition.Origin.BTF));
    }

    @Test
    void aBtfMapOfMapsCarriesItsInnerMapTemplateAndInitialSlots() {
        MapDefinition outer = btfMaps.map("outer").orElseThrow();
        assertThat(outer.type()).isEqualTo(12);
        assertThat(outer.keySize()).isEqualTo(4);
        assertThat(outer.valueSize()).isEqualTo(4);
        assertThat(outer.maxEntries()).isEqualTo(2);
        assertThat(outer.initialValues()).isEqualTo(Map.of(1, "inner"));
        InnerMap.Template inner = (InnerMap.Template) outer.innerMap().orElseThrow();
        assertThat(inner.definition().type()).isEqualTo(2);
        assertThat(inner.definition().maxEntries()).isEqualTo(4);
        assertThat(inner.definition().keySize()).isEqualTo(4);
        assertThat(inner.definition().valueSize()).isEqualTo(4);
    }

    @Test
    void lddwOfABtfMapSymbolIsAMapReference() {
        assertThat(btfMaps.section("xdp").orElseThrow().references()).containsExactly(
                new MapReference(6, "processes"), new MapReference(25, "processes"),
                new MapReference(33, "counters"), new MapReference(42, "outer"));
    }

    @Test
    void legacyMapsAreReadAsBpfMapDefRecordsOnePerSymbol() {
        BpfObject legacy = TestObjects.load(TestObjects.LEGACY_MAPS);
        assertThat(legacy.maps()).containsExactly(
                new MapDefinition("packet_counts", 2, 4, 8, 256, 0, 0, 0, 0, Optional.empty(), Map.of(), 0, MapDefinition.Origin.LEGACY),
                new MapDefinition("flows", 1, 8, 16, 64, 1, 0, 0, 0, Optional.empty(), Map.of(), 0, MapDefinition.Origin.LEGACY));
        assertThat(legacy.section("socket").orElseThrow().references())
                .containsExactly(new MapReference(4, "packet_counts"), new MapReference(14, "flows"));
    }

    @Test
    void aThirtyTwoByteLegacyRecordIsEbpfForWindowsLayoutWithNumbersAsWritten() {
        BpfObject windows = TestObjects.load(TestObjects.WINDOWS_MAPS);
        assertThat(windows.maps()).containsExactly(
                new MapDefinition("outer_map", 7, 4, 4, 1, 0, 2, 0, 0, Optional.of(new InnerMap.Legacy(0, 10)), Map.of(), 0,
                        MapDefinition.Origin.LEGACY),
                new MapDefinition("inner_map", 1, 4, 4, 1, 0, 0, 0, 0, Optional.of(new InnerMap.Legacy(0, 0)), Map.of(), 10,
                        MapDefinition.Origin.LEGACY));
    }

    @Test
    void aLegacyMapSymbolPastTheSectionEndIsRejected() {
        byte[] bytes = TestObjects.bytes(TestObjects.LEGACY_MAPS);
        ElfFile elf = ElfFile.parse(bytes);
        ElfSymbol flows = elf.symbols().stream().filter(s -> s.name().equals("flows")).findFirst().orElseThrow();
        int entry = (int) elf.section(".symtab").orElseThrow().offset() + flows.index() * 24;
        bytes[entry + 16] = 40; // st_size 20 -> 40
        assertThatThrownBy(() -> BpfObjectLoader.load(bytes)).isInstanceOf(MalformedElfException.class)
                .hasMessage("map flows in section 5 (maps): offset 20 + size 40 > section size 40");
    }

    @Test
    void btfExtWithoutBtfIsRejected() {
        byte[] bytes = TestObjects.bytes(TestObjects.BTF_MAPS);
        ElfFile elf = ElfFile.parse(bytes);
        int nameOffset = (int) elf.section(".strtab").orElseThrow().offset();
        int btfHeader = (int) elf.header().sectionHeaderOffset() + elf.section(".BTF").orElseThrow().index() * 64;
        int btfName = (bytes[btfHeader] & 0xff) | (bytes[btfHeader + 1] & 0xff) << 8;
        bytes[nameOffset + btfName + 1] = 'X'; // ".BTF" -> ".XTF"
        assertThatThrownBy(() -> BpfObjectLoader.load(bytes)).isInstanceOf(MalformedElfException.class)
                .hasMessageContaining(".BTF.ext without .BTF");
    }
}
