package dev.ringzero.cli;

import dev.ringzero.client.Booster;
import dev.ringzero.client.EmbeddedNativeApi;
import dev.ringzero.client.NativeApi;
import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.booster.BoostReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rz boost TID PRIORITY}: the Booster article's client. Like the article's {@code boost.exe} it
 * opens {@code \\.\Booster} ({@code CreateFile}) and writes one {@code ThreadData} ({@code WriteFile})
 * through the client API, here on an embedded kernel with the Booster driver loaded.
 */
@Command(name = "boost",
        description = "Set a thread's priority (Windows 1..31) through the Booster device.",
        footer = "Prints Success!! or Error (N) with the Win32 error N, then the priority before and after.")
final class BoostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TID", description = "Linux thread id")
    int threadId;

    @Parameters(index = "1", paramLabel = "PRIORITY", description = "Windows priority, 1..31")
    int priority;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Booster booster;
        try {
            booster = Booster.open(kernel());
        } catch (NtStatusException e) {
            out.printf("Failed in CreateFile: %d%n", e.status().win32Error());
            out.flush();
            return 1;
        }
        try (booster) {
            BoostReport report = booster.client().boost(threadId, priority);
            out.print(report.text());
            out.flush();
            return report.exitCode();
        }
    }

    /**
     * The kernel the command talks to: a process of an embedded kernel. This is the seam for the
     * daemon: a {@code --daemon [--socket PATH]} option returns a {@code FrameNativeApi} over the
     * daemon's socket transport here, and nothing else changes.
     */
    private static NativeApi kernel() {
        return EmbeddedNativeApi.attach(Kernel.embedded());
    }
}
