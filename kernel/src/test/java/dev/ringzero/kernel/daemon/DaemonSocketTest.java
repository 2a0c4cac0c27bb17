package dev.ringzero.kernel.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DaemonSocketTest {
    @Test
    void rzSocketOverridesEverything() {
        assertThat(DaemonSocket.defaultPath(Map.of("RZ_SOCKET", "/x/k.sock", "XDG_RUNTIME_DIR", "/run/user/7"), 7))
                .isEqualTo(Path.of("/x/k.sock"));
    }

    @Test
    void theRuntimeDirectoryIsUsedWhenSet() {
        assertThat(DaemonSocket.defaultPath(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), 1000))
                .isEqualTo(Path.of("/run/user/1000/ringzero/kernel.sock"));
    }

    @Test
    void rootWithoutRuntimeDirectoryUsesRunRingzero() {
        assertThat(DaemonSocket.defaultPath(Map.of(), 0)).isEqualTo(Path.of("/run/ringzero/kernel.sock"));
    }

    @Test
    void otherUsersWithoutRuntimeDirectoryUseAPerUserTmpDirectory() {
        assertThat(DaemonSocket.defaultPath(Map.of(), 1000)).isEqualTo(Path.of("/tmp/ringzero-1000/kernel.sock"));
    }
}
