package dev.ringzero.ebpf.btf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.ebpf.elf.TestObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BtfExtParserTest {

    private static BtfExt ext(String object) {
        return BtfExtParser.parse(BtfSections.btfExt(object), BtfParser.parse(BtfSections.btf(object)));
    }

    static Stream<String> objects() {
        return Arrays.stream(TestObjects.ALL);
    }

    @Test
    void funcInfoNamesEachFunctionsFuncType() {
        Btf btf = BtfParser.parse(BtfSections.btf(TestObjects.PROGRAMS));
        List<FuncInfo> infos = ext(TestObjects.PROGRAMS).funcInfos();
        assertThat(infos).extracting(FuncInfo::section, FuncInfo::insnOffset, i -> btf.type(i.typeId()).name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(".text", 0L, "triple"),
                        org.assertj.core.groups.Tuple.tuple(".text", 24L, "checksum"),
                        org.assertj.core.groups.Tuple.tuple("xdp", 0L, "first_program"),
                        org.assertj.core.groups.Tuple.tuple("xdp", 48L, "second_program"));
        assertThat(infos.get(3).slot()).isEqualTo(6);
    }

    @Test
    void lineInfoCarriesFileLineColumnAndTheSourceText() {
        LineInfo first = ext(TestObjects.PROGRAMS).lineInfosIn("xdp").getFirst();
        assertThat(first).isEqualTo(new LineInfo("xdp", 0, "./programs.c", "    return checksum(buf, 16) & 3;", 23, 12));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void everyLineTextIsThatLineOfTheSourceFile(String object) throws IOException {
        List<String> source;
        try (InputStream in = getClass().getResourceAsStream("/elf/src/" + object.replace(".o", ".c"))) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<LineInfo> infos = ext(object).lineInfos();
        assertThat(infos).isNotEmpty();
        for (LineInfo info : infos) {
            assertThat(info.fileName()).isEqualTo("./" + object.replace(".o", ".c"));
            if (info.line() > 0) {
                assertThat(info.lineText()).as("line %d", info.line()).isEqualTo(source.get(info.line() - 1));
            }
        }
    }

    @Test
    void coreRelocationsAreReadWithTheRest() {
        byte[] bytes = BtfSections.btfExt(TestObjects.CORE_RELOC);
        assertThat(bytes[4]).as("hdr_len 32: the header describes a CO-RE subsection").isEqualTo((byte) 32);
        assertThat(bytes[28]).as("core_relo_len").isEqualTo((byte) 0x1c);
        BtfExt ext = ext(TestObjects.CORE_RELOC);
        assertThat(ext.funcInfos()).containsExactly(new FuncInfo("kprobe", 0, 5));
        assertThat(ext.lineInfos()).extracting(LineInfo::line, LineInfo::lineText)
                .contains(org.assertj.core.groups.Tuple.tuple(13, "    return task->tgid;"));
        assertThat(ext.coreRelocations()).containsExactly(new CoreRelocation("kprobe", 0, 2, "0:1", 0));
        assertThat(ext.coreRelocations().getFirst().slot()).isZero();
    }

    @Test
    void aRecordCountPastTheSubsectionIsRejected() {
        byte[] bytes = BtfSections.btfExt(TestObjects.PROGRAMS);
        // header 32 bytes; func_info at 0: rec_size (4), then sec_name_off (4), num_info (4)
        bytes[32 + 8] = (byte) 0xff;
        assertThatThrownBy(() -> BtfExtParser.parse(bytes, BtfParser.parse(BtfSections.btf(TestObjects.PROGRAMS))))
                .isInstanceOf(MalformedBtfException.class)
                .hasMessageContaining("records of 8 bytes extend past the subsection end");
    }
}
