package dev.ringzero.ebpf.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository's {@code examples/} folder from the test's working directory. */
final class Examples {
    private Examples() {}

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path examples = dir.resolve("examples");
            if (Files.isRegularFile(examples.resolve("include/bpf_helpers.h"))) {
                return examples;
            }
        }
        throw new IllegalStateException("no examples/include/bpf_helpers.h above " + Path.of("").toAbsolutePath());
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }
}
