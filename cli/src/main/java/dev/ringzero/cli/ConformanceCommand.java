package dev.ringzero.cli;

import dev.ringzero.ebpf.conformance.ConformanceResult;
import dev.ringzero.ebpf.conformance.ConformanceSuite;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rz conformance DIR}: runs bpf_conformance {@code .data} files. DIR may be the checkout (with
 * {@code tests/} and {@code negative/}), or one folder of files; a folder named {@code negative} holds
 * programs that must be rejected.
 */
@Command(name = "conformance", description = "Run bpf_conformance .data tests; prints 'N passed, N failed' last.")
final class ConformanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Print every test, not only the failures.")
    boolean verbose;

    @Parameters(paramLabel = "DIR", description = "bpf_conformance checkout or a folder of .data files")
    Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UnusableInputException(dir + ": not a directory");
        }
        ConformanceSuite.Report report = ConformanceSuite.run(dir);
        if (report.results().isEmpty()) {
            throw new UnusableInputException(dir + ": no .data files");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (ConformanceResult result : report.results()) {
            if (verbose || !result.passed()) {
                out.println(result.describe());
            }
        }
        out.println(report.summary());
        out.flush();
        return report.failed() == 0 ? 0 : 1;
    }
}
