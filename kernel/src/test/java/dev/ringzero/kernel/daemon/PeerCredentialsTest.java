package dev.ringzero.kernel.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerCredentialsTest {
    @TempDir
    Path dir;

    @Test
    void aNameIsResolvedThroughThePasswdFormatDatabase() throws IOException {
        Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0::/root:/bin/sh\nalice:x:1000:1000::/home/alice:/bin/sh\n");
        assertThat(PeerCredentials.resolve("alice", passwd)).hasValue(1000);
    }

    @Test
    void aNumericNameIsTheIdItself() throws IOException {
        assertThat(PeerCredentials.resolve("4242", dir.resolve("missing"))).hasValue(4242);
    }

    @Test
    void anUnknownNameHasNoId() throws IOException {
        Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0::/root:/bin/sh\n");
        assertThat(PeerCredentials.resolve("mallory", passwd)).isEmpty();
    }
}
