package dev.ringzero.cli;

import dev.ringzero.client.DaemonConnectionException;
import dev.ringzero.client.DaemonControl;
import dev.ringzero.client.DaemonUnavailableException;
import dev.ringzero.client.DataStacks;
import dev.ringzero.client.SocketTransport;
import dev.ringzero.kernel.abi.NtStatusException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One CLI command's connection to the daemon, and the translation of failures into what the user
 * sees: no daemon or a broken connection → exit 2 with the socket path; a kernel refusal → exit 1
 * with the NTSTATUS and its Win32 error.
 */
final class DsConnection implements AutoCloseable {
    /** Exit code when the kernel refused the operation, or a pop or wait found nothing. */
    static final int REFUSED = 1;

    /** What a command does with its connection; returns the exit code. */
    interface Action {
        int run(DsConnection connection, PrintWriter out) throws Exception;
    }

    final SocketTransport transport;
    final DataStacks stacks;
    final DaemonControl control;

    private DsConnection(SocketTransport transport) {
        this.transport = transport;
        this.stacks = DataStacks.over(transport);
        this.control = new DaemonControl(transport);
    }

    /** Connects to the daemon of {@code socket}, runs {@code action} and reports its failures as {@code rz PREFIX: ...}. */
    static int run(CommandSpec spec, String prefix, DaemonSocketOption socket, Action action) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (DsConnection connection = new DsConnection(SocketTransport.connect(socket.path()))) {
            int code = action.run(connection, out);
            out.flush();
            return code;
        } catch (DaemonUnavailableException | DaemonConnectionException e) {
            err.println("rz " + prefix + ": " + e.getMessage());
            return ErrorReporter.UNUSABLE;
        } catch (NtStatusException e) {
            err.println("rz " + prefix + ": " + e.getMessage());
            return REFUSED;
        } finally {
            err.flush();
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}
