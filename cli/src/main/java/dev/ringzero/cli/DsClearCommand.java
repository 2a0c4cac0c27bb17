package dev.ringzero.cli;

import dev.ringzero.client.DataStack;
import dev.ringzero.kernel.abi.DataStackAccess;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rz ds clear NAME}: ClearDataStack. */
@Command(name = "clear", description = "Remove every item of a DataStack.")
final class DsClearCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws Exception {
        return DsConnection.run(spec, "ds", socket, (connection, out) -> {
            try (DataStack ds = connection.stacks.open(name, DataStackAccess.CLEAR)) {
                ds.clear();
                out.println("cleared " + name);
            }
            return 0;
        });
    }
}
