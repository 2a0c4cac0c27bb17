package dev.ringzero.ebpf.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.btf.BtfParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** libbpf's .kconfig map for examples/verifier/kconfig_extern.o, with a made-up kernel configuration. */
class KconfigExternsTest {

    static Path example(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/verifier/" + name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no examples/verifier/" + name);
    }

    private static ElfFile object(String name) throws IOException {
        return ElfFile.parse(Files.readAllBytes(example(name)));
    }

    private static KconfigExterns.Resolution resolve(ElfFile elf, List<String> config) {
        return KconfigExterns.resolve(elf, elf.section(".BTF").map(s -> BtfParser.parse(elf.contents(s))),
                () -> Optional.of(config));
    }

    @Test
    void externsAreSortedByAlignmentSizeAndNameAndFilledFromTheConfig() throws IOException {
        KconfigExterns.Resolution resolution = resolve(object("kconfig_extern.o"),
                List.of("# CONFIG_FOO is not set", "CONFIG_HZ=300", "CONFIG_HZ=100"));
        assertThat(resolution.offsets()).containsEntry("CONFIG_HZ", 0L).containsEntry("CONFIG_RINGZERO_NO_SUCH_OPTION", 4L)
                .containsEntry("LINUX_KERNEL_VERSION", 8L).containsEntry("LINUX_HAS_SYSCALL_WRAPPER", 12L);
        GlobalData map = resolution.map().orElseThrow();
        assertThat(map.name()).isEqualTo(".kconfig");
        assertThat(map.readOnly()).isTrue();
        assertThat(map.size()).isEqualTo(13);
        ByteBuffer data = ByteBuffer.wrap(map.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(data.getInt(0)).as("the first CONFIG_HZ line wins").isEqualTo(300);
        assertThat(data.getInt(4)).as("a weak extern the config lacks is 0").isZero();
        assertThat((long) data.getInt(8)).isEqualTo(KconfigExterns.kernelVersion());
    }

    @Test
    void aStrongExternTheConfigLacksIsLeftUnresolvedWithTheReason() throws IOException {
        KconfigExterns.Resolution resolution = resolve(object("kconfig_extern.o"), List.of("CONFIG_BPF=y"));
        assertThat(resolution.map()).isEmpty();
        assertThat(resolution.offsets()).isEmpty();
        assertThat(resolution.problem("CONFIG_HZ")).isEqualTo("extern 'CONFIG_HZ' (strong): not resolved");
    }

    @Test
    void aValueOfTheWrongShapeIsRefused() throws IOException {
        KconfigExterns.Resolution resolution = resolve(object("kconfig_extern.o"), List.of("CONFIG_HZ=\"250\""));
        assertThat(resolution.problem("CONFIG_HZ")).contains("implies char array type");
    }

    @Test
    void theLoaderPointsTheExternsAtTheKconfigMap() throws IOException {
        BpfObject object = BpfObjectLoader.load(example("kconfig_extern_oob.o"));
        if (object.global(".kconfig").isEmpty()) {
            return; // no kernel configuration on this host: the extern stays unresolved
        }
        assertThat(object.sections().getFirst().references())
                .contains(new CodeReference.GlobalDataReference(0, ".kconfig", 0));
    }
}
