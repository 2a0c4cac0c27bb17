package dev.ringzero.ebpf.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.elf.CodeReference.GlobalDataReference;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** global_data.c: {@code hits = 7} (.data), {@code limit = 100} and {@code greeting} (.rodata), {@code last_seen} (.bss). */
class GlobalDataTest {

    private final BpfObject object = TestObjects.load(TestObjects.GLOBAL_DATA);

    @Test
    void everyDataSectionBecomesGlobalData() {
        assertThat(object.globals()).extracting(GlobalData::name).containsExactly(".data", ".rodata", ".bss", ".rodata.str1.1");
    }

    @Test
    void dataHoldsTheInitialValues() {
        assertThat(object.global(".data").orElseThrow().bytes()).containsExactly(7, 0, 0, 0);
        assertThat(object.global(".data").orElseThrow().readOnly()).isFalse();
    }

    @Test
    void rodataIsReadOnlyAndHoldsConstants() {
        GlobalData rodata = object.global(".rodata").orElseThrow();
        assertThat(rodata.readOnly()).isTrue();
        assertThat(rodata.size()).isEqualTo(20);
        assertThat(rodata.bytes()[0]).isEqualTo((byte) 100);
        assertThat(new String(rodata.bytes(), 4, 15, StandardCharsets.US_ASCII)).isEqualTo("hello, ringzero");
    }

    @Test
    void bssIsZeroFilledToItsSize() {
        GlobalData bss = object.global(".bss").orElseThrow();
        assertThat(bss.bytes()).containsExactly(new byte[8]);
        assertThat(bss.readOnly()).isFalse();
    }

    @Test
    void stringLiteralsLiveInTheirMergeableSection() {
        assertThat(new String(object.global(".rodata.str1.1").orElseThrow().bytes(), StandardCharsets.US_ASCII))
                .isEqualTo("hits=%d\n\0");
    }

    @Test
    void lddwOfAVariableOrOfASectionPlusAddendIsAGlobalDataReference() {
        assertThat(object.section("xdp").orElseThrow().references()).containsExactly(
                new GlobalDataReference(0, ".data", 0),
                new GlobalDataReference(6, ".bss", 0),
                new GlobalDataReference(10, ".rodata", 0),
                new GlobalDataReference(14, ".rodata", 4),
                new GlobalDataReference(19, ".rodata.str1.1", 0));
    }

    @Test
    void globalDataBytesAreCopies() {
        GlobalData data = object.global(".data").orElseThrow();
        data.bytes()[0] = 99;
        assertThat(data.bytes()[0]).isEqualTo((byte) 7);
    }
}
