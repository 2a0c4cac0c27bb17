package dev.ringzero.ebpf.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.btf.BtfParser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Untyped __ksym externs of examples/verifier/ksym_untyped.o against a made-up kallsyms. */
class KernelSymbolsTest {

    private static KernelSymbols.Resolution resolve(List<String> kallsyms) throws IOException {
        ElfFile elf = ElfFile.parse(Files.readAllBytes(KconfigExternsTest.example("ksym_untyped.o")));
        return KernelSymbols.resolve(elf, elf.section(".BTF").map(s -> BtfParser.parse(elf.contents(s))),
                () -> Optional.of(kallsyms));
    }

    @Test
    void anUntypedExternIsTheSymbolsAddressAndAMissingWeakOneIsZero() throws IOException {
        KernelSymbols.Resolution resolution = resolve(List.of("ffffffff81000000 T _stext",
                "ffffffff821f94a0 T schedule", "ffffffffc0001000 t schedule_helper [some_module]"));
        assertThat(resolution.addresses()).containsEntry("schedule", 0xffffffff821f94a0L)
                .containsEntry("ringzero_no_such_symbol", 0L);
    }

    @Test
    void aMissingStrongOrAnAmbiguousSymbolIsLeftUnresolvedWithTheReason() throws IOException {
        assertThat(resolve(List.of("ffffffff81000000 T _stext")).problem("schedule"))
                .isEqualTo("extern 'schedule' (strong): not resolved");
        assertThat(resolve(List.of("ffffffff821f94a0 T schedule", "ffffffff821f0000 t schedule")).problem("schedule"))
                .contains("resolution is ambiguous");
    }

    @Test
    void theLinkedLddwLoadsTheAddress() throws IOException {
        BpfObject object = BpfObjectLoader.load(KconfigExternsTest.example("ksym_untyped.o"));
        assertThat(object.sections().getFirst().references())
                .anyMatch(r -> r instanceof CodeReference.KernelSymbolReference k && k.symbolName().equals("schedule")
                        || r instanceof CodeReference.ExternReference e && e.symbolName().equals("schedule"));
    }
}
