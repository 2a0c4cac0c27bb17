package dev.ringzero.ebpf.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a folder of bpf_conformance {@code .data} files. Given the checkout's root (holding
 * {@code tests/} and {@code negative/}) it runs both; a folder named {@code negative} is run as
 * negative tests; any other folder as positive tests.
 */
public final class ConformanceSuite {

    private ConformanceSuite() {}

    /** Per-file results and their tally. */
    public record Report(List<ConformanceResult> results) {
        public Report {
            results = List.copyOf(results);
        }

        public long passed() { return results.stream().filter(ConformanceResult::passed).count(); }

        public long failed() { return results.size() - passed(); }

        /** {@code "N passed, N failed"}. */
        public String summary() { return passed() + " passed, " + failed() + " failed"; }
    }

    public static Report run(Path dir) {
        if (Files.isDirectory(dir.resolve("tests"))) {
            List<ConformanceResult> results = new ArrayList<>(runFolder(dir.resolve("tests"), false).results());
            if (Files.isDirectory(dir.resolve("negative"))) {
                results.addAll(runFolder(dir.resolve("negative"), true).results());
            }
            return new Report(results);
        }
        return runFolder(dir, dir.getFileName() != null && dir.getFileName().toString().equals("negative"));
    }

    /** Runs every {@code .data} file of {@code dir}, in name order. */
    public static Report runFolder(Path dir, boolean negative) {
        return new Report(dataFiles(dir).stream().map(file -> ConformanceRunner.run(file, negative)).toList());
    }

    /** The {@code .data} files of {@code dir}, sorted by name. */
    public static List<Path> dataFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".data")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
