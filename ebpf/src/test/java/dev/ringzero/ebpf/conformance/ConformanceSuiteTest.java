package dev.ringzero.ebpf.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every file of the bpf_conformance checkout, when it is present next to the project. */
class ConformanceSuiteTest {

    private static Path root() {
        var root = ConformanceData.root();
        assumeTrue(root.isPresent(), "no ../shared/bpf-conformance checkout next to the project");
        return root.get();
    }

    @TestFactory
    Stream<DynamicTest> everyConformanceTestReturnsItsStatedResult() {
        return ConformanceSuite.dataFiles(root().resolve("tests")).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    ConformanceResult result = ConformanceRunner.run(file, false);
                    assertThat(result.passed()).as(result.describe()).isTrue();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyNegativeConformanceTestIsRejected() {
        Path negative = root().resolve("negative");
        assumeTrue(Files.isDirectory(negative), "no negative/ folder");
        return ConformanceSuite.dataFiles(negative).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    ConformanceResult result = ConformanceRunner.run(file, true);
                    assertThat(result.passed()).as(result.describe()).isTrue();
                }));
    }

    @Test
    void theWholeCheckoutPasses() {
        Path root = root();
        int files = ConformanceSuite.dataFiles(root.resolve("tests")).size()
                + ConformanceSuite.dataFiles(root.resolve("negative")).size();

        ConformanceSuite.Report report = ConformanceSuite.run(root);

        assertThat(report.results()).filteredOn(r -> !r.passed()).extracting(ConformanceResult::describe)
                .as(report.summary()).isEmpty();
        assertThat(report.results()).hasSize(files);
        assertThat(report.summary()).isEqualTo(files + " passed, 0 failed");
    }
}
