package dev.ringzero.ebpf.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class HelperIdsTest {

    @Test
    void windowsTableDeclaresExactlyTheHelpersOfTheProjectsWindowsHeader() throws IOException {
        assertTableMatchesHeader(Platform.WINDOWS, Examples.file("include/bpf_helpers.h"));
    }

    @Test
    void linuxTableDeclaresExactlyTheHelpersOfTheProjectsLinuxHeader() throws IOException {
        assertTableMatchesHeader(Platform.LINUX, Examples.file("linux/include/bpf_helpers.h"));
    }

    @Test
    void linuxIdsAgreeWithLibbpfsHelperDefinitionsWhereInstalled() throws IOException {
        Path libbpf = Path.of("/usr/include/bpf/bpf_helper_defs.h");
        Assumptions.assumeTrue(Files.isRegularFile(libbpf), "libbpf-dev is not installed");
        var libbpfHelpers = HeaderHelperDeclarations.read(libbpf).byName();

        for (HelperPrototype prototype : HelperTable.of(Platform.LINUX).all()) {
            assertThat(libbpfHelpers.get(prototype.name()))
                    .as(prototype.name())
                    .isNotNull()
                    .extracting(HeaderHelperDeclarations.Declaration::id)
                    .isEqualTo(prototype.id());
        }
    }

    @Test
    void theSameHelperHasDifferentNumbersOnTheTwoPlatforms() {
        assertThat(HelperTable.of(Platform.LINUX).of(HelperFunction.TAIL_CALL).orElseThrow().id()).isEqualTo(12);
        assertThat(HelperTable.of(Platform.WINDOWS).of(HelperFunction.TAIL_CALL).orElseThrow().id()).isEqualTo(5);
        assertThat(HelperTable.of(Platform.LINUX).of(HelperFunction.RINGBUF_OUTPUT).orElseThrow().id()).isEqualTo(130);
        assertThat(HelperTable.of(Platform.WINDOWS).of(HelperFunction.RINGBUF_OUTPUT).orElseThrow().id()).isEqualTo(11);
    }

    @Test
    void theArticlesMemcpyIsWindowsHelper22WithTwoSizedBuffers() {
        HelperPrototype memcpy = HelperTable.of(Platform.WINDOWS).require(22);

        assertThat(memcpy.function()).isEqualTo(HelperFunction.MEMCPY_S);
        assertThat(memcpy.arguments()).containsExactly(
                ArgumentKind.WRITABLE_MEM_PTR, ArgumentKind.MEM_SIZE_OR_ZERO,
                ArgumentKind.READABLE_MEM_PTR, ArgumentKind.MEM_SIZE_OR_ZERO);
    }

    @Test
    void mapLookupReturnsAMapValueOrNull() {
        for (Platform platform : Platform.values()) {
            HelperPrototype lookup = platform.helpers().require(1);
            assertThat(lookup.returns()).isEqualTo(ReturnKind.MAP_VALUE_OR_NULL);
            assertThat(lookup.arguments()).containsExactly(ArgumentKind.MAP_PTR, ArgumentKind.KEY_PTR);
        }
    }

    @Test
    void platformSpecificHelpersAreAbsentFromTheOtherPlatform() {
        assertThat(HelperTable.of(Platform.WINDOWS).has(HelperFunction.GET_CURRENT_COMM)).isFalse();
        assertThat(HelperTable.of(Platform.LINUX).has(HelperFunction.MEMCPY_S)).isFalse();
        assertThat(HelperTable.of(Platform.LINUX).has(HelperFunction.TRACE_PRINTK)).isTrue();
        assertThat(HelperTable.of(Platform.WINDOWS).has(HelperFunction.TRACE_PRINTK3)).isTrue();
    }

    @Test
    void anUnknownHelperNumberIsAClearError() {
        assertThat(HelperTable.of(Platform.WINDOWS).byId(4242)).isEmpty();
        assertThatThrownBy(() -> HelperTable.of(Platform.LINUX).require(4242))
                .isInstanceOf(UnknownHelperException.class)
                .hasMessage("no helper function 4242 on linux");
    }

    @Test
    void everyArgumentSizeFollowsAMemoryPointer() {
        for (Platform platform : Platform.values()) {
            for (HelperPrototype prototype : platform.helpers().all()) {
                var arguments = prototype.arguments();
                for (int i = 0; i < arguments.size(); i++) {
                    if (arguments.get(i) == ArgumentKind.MEM_SIZE || arguments.get(i) == ArgumentKind.MEM_SIZE_OR_ZERO) {
                        assertThat(i).as(prototype.name()).isPositive();
                        assertThat(arguments.get(i - 1)).as(prototype.name())
                                .isIn(ArgumentKind.READABLE_MEM_PTR, ArgumentKind.READABLE_MEM_PTR_OR_NULL,
                                        ArgumentKind.WRITABLE_MEM_PTR, ArgumentKind.UPDATED_MEM_PTR,
                                        ArgumentKind.UPDATED_MEM_PTR_OR_NULL);
                    }
                }
            }
        }
    }

    private static void assertTableMatchesHeader(Platform platform, Path header) throws IOException {
        var declared = HeaderHelperDeclarations.read(header).byName();
        HelperTable table = HelperTable.of(platform);

        assertThat(declared).isNotEmpty();
        assertThat(table.all()).extracting(HelperPrototype::name).containsExactlyInAnyOrderElementsOf(declared.keySet());
        for (HelperPrototype prototype : table.all()) {
            var declaration = declared.get(prototype.name());
            assertThat(prototype.id()).as(prototype.name() + " id").isEqualTo(declaration.id());
            assertThat(prototype.cPrototype()).as(prototype.name() + " prototype").isEqualTo(declaration.cPrototype());
        }
    }
}
