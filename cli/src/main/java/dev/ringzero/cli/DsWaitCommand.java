package dev.ringzero.cli;

import dev.ringzero.client.DataStack;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackAccess;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rz ds wait NAME [--timeout MS]}: WaitForSingleObject on the stack (signalled while not empty); pops nothing. */
@Command(name = "wait", description = "Wait until a DataStack is not empty (nothing is popped).",
        footer = "Exit code 0 when signalled, 1 on timeout.")
final class DsWaitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--timeout", paramLabel = "MS", description = "give up after MS milliseconds (default: wait forever)")
    long timeoutMillis = -1;

    @Override
    public Integer call() throws Exception {
        if (timeoutMillis < -1) {
            throw new UnusableInputException("--timeout must be -1 (forever), 0 or a positive number of milliseconds");
        }
        return DsConnection.run(spec, "ds", socket, (connection, out) -> {
            try (DataStack ds = connection.stacks.open(name, AccessMask.SYNCHRONIZE | DataStackAccess.QUERY)) {
                boolean signalled;
                if (timeoutMillis < 0) {
                    ds.awaitForever();
                    signalled = true;
                } else {
                    signalled = ds.await(Duration.ofMillis(timeoutMillis));
                }
                if (!signalled) {
                    out.println(name + ": timed out after " + timeoutMillis + " ms (WAIT_TIMEOUT)");
                    return DsConnection.REFUSED;
                }
                out.println(name + ": signalled (" + ds.itemCount() + " items)");
            }
            return 0;
        });
    }
}
