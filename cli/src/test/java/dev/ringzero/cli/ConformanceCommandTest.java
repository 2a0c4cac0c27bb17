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
    void aTestFileTheReaderCannotReadFailsRatherThanPasses(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Files.writeString(dir.resolve("bad-result.data"), "-- asm\nexit\n-- result\n0xzz\n");
        Files.write(dir.resolve("binary.data"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});

        RzRunner run = rz("conformance", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL bad-result.data").contains("FAIL binary.data")
                .endsWith("0 passed, 2 failed\n");
    }

    @Test
    void aFolderWithoutDataFilesIsUnusableInput(@org.junit.jupiter.api.io.TempDir Path empty) {
        RzRunner run = rz("conformance", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no .data files");
    }
}
