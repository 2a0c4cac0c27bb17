package dev.ringzero.ebpf.platform;

import dev.ringzero.ebpf.maps.MapType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramTypeTest {

    @Test
    void bindProgramsMayReturnPermitDenyOrRedirect() {
        ReturnRange returns = ProgramType.named(Platform.WINDOWS, "bind").orElseThrow().returns();

        assertThat(returns.contains(0)).isTrue();
        assertThat(returns.contains(2)).isTrue();
        assertThat(returns.contains(3)).isFalse();
        assertThat(returns.contains(-1)).isFalse();
    }

    @Test
    void linuxXdpProgramsReturnAbortedThroughRedirect() {
        assertThat(ProgramType.named(Platform.LINUX, "xdp").orElseThrow().returns()).isEqualTo(new ReturnRange(0, 4));
    }

    @Test
    void socketFiltersMayReturnAnyLength() {
        assertThat(ProgramType.named(Platform.LINUX, "socket_filter").orElseThrow().returns().isAny()).isTrue();
    }

    @Test
    void onlySockAddrProgramsMayAskWhetherTheCallerIsAnAdmin() {
        assertThat(ProgramType.named(Platform.WINDOWS, "sock_addr").orElseThrow().allows(HelperFunction.IS_CURRENT_ADMIN)).isTrue();
        assertThat(ProgramType.named(Platform.WINDOWS, "bind").orElseThrow().allows(HelperFunction.IS_CURRENT_ADMIN)).isFalse();
    }

    @Test
    void everyWindowsProgramTypeMayCallTheBoundedCopy() {
        for (ProgramType type : ProgramType.all(Platform.WINDOWS)) {
            assertThat(type.allows(HelperFunction.MEMCPY_S)).as(type.name()).isTrue();
        }
    }

    @Test
    void linuxPacketHelpersFollowWhatTheKernelAccepted() {
        assertThat(ProgramType.named(Platform.LINUX, "xdp").orElseThrow().allows(HelperFunction.CSUM_DIFF)).isTrue();
        assertThat(ProgramType.named(Platform.LINUX, "xdp").orElseThrow().allows(HelperFunction.SKB_LOAD_BYTES)).isFalse();
        assertThat(ProgramType.named(Platform.LINUX, "socket_filter").orElseThrow().allows(HelperFunction.CSUM_DIFF)).isFalse();
        assertThat(ProgramType.named(Platform.LINUX, "kprobe").orElseThrow().allows(HelperFunction.GET_SOCKET_COOKIE)).isFalse();
    }

    @Test
    void aProgramTypeCannotAllowAHelperItsPlatformLacks() {
        ContextLayout context = ProgramType.named(Platform.LINUX, "xdp").orElseThrow().context();

        assertThatThrownBy(() -> new ProgramType(Platform.LINUX, "broken", 99, List.of(), context, ReturnRange.ANY,
                        Set.of(HelperFunction.MEMCPY_S)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEMCPY_S");
    }

    @Test
    void mapTypesAreNumberedPerPlatform() {
        assertThat(Platform.WINDOWS.mapTypeId(MapType.RINGBUF)).isEqualTo(13);
        assertThat(Platform.LINUX.mapTypeId(MapType.RINGBUF)).isEqualTo(27);
        assertThat(Platform.LINUX.mapType(6)).contains(MapType.PERCPU_ARRAY);
        assertThat(Platform.WINDOWS.mapType(6)).contains(MapType.HASH_OF_MAPS);
        assertThat(Platform.WINDOWS.mapType(99)).isEmpty();
    }

    @Test
    void everyProgramTypeHasAtLeastOneSectionRule() {
        for (Platform platform : Platform.values()) {
            for (ProgramType type : ProgramType.all(platform)) {
                assertThat(type.sections()).as(type.name()).isNotEmpty();
            }
        }
    }
}
