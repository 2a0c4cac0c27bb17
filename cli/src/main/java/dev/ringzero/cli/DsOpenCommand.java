package dev.ringzero.cli;

import dev.ringzero.client.DataStack;
import dev.ringzero.kernel.abi.AccessMask;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rz ds open NAME}: OpenDataStack for reading, to check that a stack exists and this user may use it. */
@Command(name = "open", description = "Open an existing DataStack (GENERIC_READ) and show what it holds.")
final class DsOpenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws Exception {
        return DsConnection.run(spec, "ds", socket, (connection, out) -> {
            try (DataStack ds = connection.stacks.open(name, AccessMask.GENERIC_READ)) {
                out.println("opened DataStack " + name + " (handle 0x" + Integer.toHexString(ds.handle()) + "): "
                        + DsInfoCommand.describe(ds.info()));
            }
            return 0;
        });
    }
}
