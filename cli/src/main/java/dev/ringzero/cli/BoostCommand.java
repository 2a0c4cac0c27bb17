package dev.ringzero.cli;

import dev.ringzero.client.Booster;
import dev.ringzero.client.EmbeddedNativeApi;
import dev.ringzero.client.NativeApi;
import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.booster.BoostReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import dev.ringzero.client.DaemonUnavailableException;
import dev.ringzero.client.FrameNativeApi;
import dev.ringzero.client.SocketTransport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--daemon", description = "Write through the ringzero daemon's Booster device instead of an embedded kernel.")
    boolean daemon;

    @Mixin
    DaemonSocketOption socket;

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
        } catch (DaemonUnavailableException e) {
            throw new UnusableInputException(e.getMessage());
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
     * The kernel the command talks to: a process of an embedded kernel, or with {@code --daemon} this
     * process's connection to the daemon (which checks the caller's identity from the socket's peer
     * credentials).
     */
    private NativeApi kernel() {
        if (daemon) {
            return new FrameNativeApi(SocketTransport.connect(socket.path()));
        }
        return EmbeddedNativeApi.attach(Kernel.embedded());
    }
}
