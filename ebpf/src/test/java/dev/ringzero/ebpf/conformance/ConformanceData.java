package dev.ringzero.ebpf.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the bpf_conformance checkout: {@code ../shared/bpf-conformance} from the project root or a parent. */
final class ConformanceData {

    private ConformanceData() {}

    static Optional<Path> root() {
        String property = System.getProperty("ringzero.root");
        Path start = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("bpf-conformance");
            if (Files.isDirectory(candidate.resolve("tests"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
