package dev.ringzero.kernel.daemon;

import dev.ringzero.kernel.Kernel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Runs a daemon in the foreground until the JVM is asked to stop (SIGTERM, SIGINT), then removes its
 * socket. {@code rz daemon} calls {@link #run}; {@link #main} serves tests and scripts that start a
 * daemon without the CLI: {@code java -cp ... dev.ringzero.kernel.daemon.DaemonLauncher [--socket PATH] [--shared]}.
 */
public final class DaemonLauncher {
    private DaemonLauncher() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path socket = DaemonSocket.defaultPath();
        SocketAccess access = SocketAccess.PRIVATE;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--socket") && i + 1 < args.length) {
                socket = Path.of(args[++i]);
            } else if (args[i].equals("--shared")) {
                access = SocketAccess.SHARED;
            } else {
                System.err.println("usage: DaemonLauncher [--socket PATH] [--shared]");
                System.exit(2);
            }
        }
        run(socket, access, System.out);
    }

    /** Serves a new kernel on {@code socket} and returns when the daemon has stopped. */
    public static void run(Path socket, SocketAccess access, PrintStream log) throws IOException, InterruptedException {
        DaemonServer daemon = DaemonServer.start(Kernel.embedded(), socket, access);
        Thread stopper = new Thread(daemon::close, "rz-daemon-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        log.println("rz daemon: listening on " + socket + " (pid " + ProcessHandle.current().pid() + ")");
        log.flush();
        daemon.awaitTermination();
    }
}
