package dev.ringzero.cli;

import static dev.ringzero.cli.RzRunner.rz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConformanceCommandTest {

    private static final Path SUITE = Path.of(System.getProperty("ringzero.root", ".."))
            .resolve("../shared/bpf-conformance").normalize();

    @Test
    void theWholeSuitePassesAndEveryNegativeIsRejected() {
        assumeTrue(Files.isDirectory(SUITE), "bpf-conformance is not beside the project");

        RzRunner run = rz("conformance", SUITE.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().reduce((a, b) -> b)).contains("373 passed, 0 failed");
    }

    @Test
    void aFolderWithoutDataFilesIsUnusableInput(@org.junit.jupiter.api.io.TempDir Path empty) {
        RzRunner run = rz("conformance", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no .data files");
    }
}
