package dev.ringzero.cli;

import dev.ringzero.kernel.daemon.DaemonAlreadyRunningException;
import dev.ringzero.kernel.daemon.DaemonLauncher;
import dev.ringzero.kernel.daemon.SocketAccess;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rz daemon}: hosts the kernel for every process of this machine, until SIGTERM or Ctrl-C. */
@Command(name = "daemon",
        description = "Run the ringzero kernel as a daemon on a Unix socket (foreground; stop with SIGTERM or Ctrl-C).",
        footer = "Clients (rz ds, rz obj, DataStacks.connect()) find it at the same default path.")
final class DaemonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Option(names = "--shared", description = "let every local user connect (socket 0666, a created directory 0755); "
            + "objects stay protected by their DACLs. Default: only this user (directory 0700).")
    boolean shared;

    @Override
    public Integer call() throws InterruptedException {
        try {
            DaemonLauncher.run(socket.path(), shared ? SocketAccess.SHARED : SocketAccess.PRIVATE, new PrintStream(System.out, true));
            return 0;
        } catch (DaemonAlreadyRunningException e) {
            spec.commandLine().getErr().println("rz daemon: " + e.getMessage());
            return ErrorReporter.UNUSABLE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("rz daemon: cannot listen on " + socket.path() + ": " + e.getMessage());
            return ErrorReporter.UNUSABLE;
        }
    }
}
