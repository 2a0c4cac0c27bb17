package dev.ringzero.ebpf.btf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.ebpf.elf.TestObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Golden files in {@code elf/golden/*.btf.txt} are {@code bpftool btf dump file X.o} (bpftool v7.1.0). */
class BtfParserTest {

    private final Btf maps = BtfParser.parse(BtfSections.btf(TestObjects.BTF_MAPS));
    private final Btf globals = BtfParser.parse(BtfSections.btf(TestObjects.GLOBAL_DATA));

    static Stream<String> objects() {
        return Arrays.stream(TestObjects.ALL);
    }

    @ParameterizedTest
    @MethodSource("objects")
    void everyTypeDumpsAsBpftoolDumpsIt(String object) throws IOException {
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/elf/golden/" + object.replace(".o", ".btf.txt"))) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(BtfDump.format(BtfParser.parse(BtfSections.btf(object)))).isEqualTo(golden);
    }

    @Test
    void typeIdZeroIsVoid() {
        assertThat(maps.type(0)).isEqualTo(new BtfType.Void());
        assertThat(maps.describe(0)).isEqualTo("void");
    }

    @Test
    void structsCarryTheirMembersWithBitOffsets() {
        int id = maps.find(BtfKind.STRUCT, "process_info").orElseThrow();
        assertThat(maps.type(id)).isEqualTo(new BtfType.Struct("process_info", 32, java.util.List.of(
                new BtfType.Member("start_ns", 24, 0, 0),
                new BtfType.Member("count", 24, 64, 0),
                new BtfType.Member("comm", 27, 128, 0))));
    }

    @Test
    void sizeOfFollowsTypedefsModifiersAndArrays() {
        assertThat(maps.sizeOf(maps.find(BtfKind.STRUCT, "process_info").orElseThrow())).isEqualTo(32);
        assertThat(maps.sizeOf(24)).as("__u64").isEqualTo(8);
        assertThat(maps.sizeOf(27)).as("char[16]").isEqualTo(16);
        assertThat(maps.sizeOf(29)).as("int[1024]").isEqualTo(4096);
        assertThat(maps.sizeOf(28)).as("pointer").isEqualTo(8);
        assertThat(globals.sizeOf(6)).as("const volatile __u32").isEqualTo(4);
        assertThat(globals.sizeOf(10)).as("VAR limit").isEqualTo(4);
    }

    @Test
    void describeSpellsTypesAsC() {
        assertThat(maps.describe(23)).isEqualTo("struct process_info");
        assertThat(maps.describe(22)).isEqualTo("struct process_info *");
        assertThat(maps.describe(27)).isEqualTo("char[16]");
        assertThat(globals.describe(6)).isEqualTo("const volatile __u32");
        assertThat(maps.describe(40)).isEqualTo("count_packets");
    }

    @Test
    void resolveSkipsTypedefsAndModifiers() {
        assertThat(globals.resolve(6)).isEqualTo(9);
        assertThat(globals.type(globals.resolve(6))).isEqualTo(new BtfType.Int("unsigned int", 4, 0, 0, 32));
    }

    @Test
    void datasecsListTheirVariables() {
        BtfType.Datasec rodata = globals.datasec(".rodata").orElseThrow();
        assertThat(rodata.variables()).containsExactly(new BtfType.VarSection(10, 0, 4), new BtfType.VarSection(18, 4, 16));
        assertThat(globals.type(18)).isEqualTo(new BtfType.Var("greeting", 16, 0));
    }

    @Test
    void aWrongMagicIsRejected() {
        byte[] bytes = BtfSections.btf(TestObjects.BTF_MAPS);
        bytes[0] = 0;
        assertThatThrownBy(() -> BtfParser.parse(bytes)).isInstanceOf(MalformedBtfException.class)
                .hasMessage(".BTF magic 0xeb00 is not 0xeb9f");
    }

    @Test
    void aTypeSectionPastTheEndIsRejected() {
        byte[] bytes = BtfSections.btf(TestObjects.BTF_MAPS);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
        assertThatThrownBy(() -> BtfParser.parse(cut)).isInstanceOf(MalformedBtfException.class)
                .hasMessageStartingWith(".BTF string section extends past end of data");
    }

    @Test
    void aReferenceToAMissingTypeIsRejected() {
        byte[] bytes = BtfSections.btf(TestObjects.BTF_MAPS);
        int firstType = 24; // hdr_len 24, type_off 0: [1] PTR type_id=3
        bytes[firstType + 8] = 99;
        assertThatThrownBy(() -> BtfParser.parse(bytes)).isInstanceOf(MalformedBtfException.class)
                .hasMessage(".BTF type 1 (PTR) refers to type 99, but there are only 45 types");
    }

    @Test
    void anUnknownKindIsRejected() {
        byte[] bytes = BtfSections.btf(TestObjects.BTF_MAPS);
        bytes[24 + 7] = 25; // kind 25 in info bits 24-28
        assertThatThrownBy(() -> BtfParser.parse(bytes)).isInstanceOf(MalformedBtfException.class)
                .hasMessage(".BTF type 1: unknown kind 25");
    }

    @Test
    void aTypedefCycleIsReportedNotOverflowed() {
        byte[] bytes = BtfSections.btf(TestObjects.GLOBAL_DATA);
        // [8] TYPEDEF '__u32' type_id=9 -> make it refer to [6] CONST -> [7] VOLATILE -> [8]
        int typedef = typeOffset(bytes, 8);
        bytes[typedef + 8] = 6;
        Btf cyclic = BtfParser.parse(bytes);
        assertThatThrownBy(() -> cyclic.sizeOf(6)).isInstanceOf(MalformedBtfException.class)
                .hasMessageContaining("a cycle?");
    }

    /** Byte offset of type {@code id} in global_data.o's .BTF (types before it have no trailing data except INT/VAR/FUNC_PROTO). */
    private static int typeOffset(byte[] bytes, int id) {
        // [1] PTR 12, [2] FUNC_PROTO 12+8, [3] INT 16, [4] FUNC 12, [5] VAR 16, [6] CONST 12, [7] VOLATILE 12
        return 24 + 12 + 20 + 16 + 12 + 16 + 12 + 12;
    }
}
