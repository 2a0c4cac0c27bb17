package dev.ringzero.cli;

import dev.ringzero.client.DataStack;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rz ds create NAME}: CreateDataStack, then the daemon keeps a handle (same access) so the stack
 * outlives this command, as a permanent object would, but for any user (OBJ_PERMANENT needs root).
 */
@Command(name = "create", description = "Create a DataStack (or open the existing one) and have the daemon keep it.")
final class DsCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--max-item-size", paramLabel = "N", description = "largest item in bytes (0: unlimited)")
    int maxItemSize;

    @Option(names = "--max-count", paramLabel = "N", description = "most items (0: unlimited)")
    int maxItemCount;

    @Option(names = "--max-size", paramLabel = "N", description = "most bytes in all items (0: unlimited)")
    long maxSize;

    @Override
    public Integer call() throws Exception {
        if (maxItemSize < 0 || maxItemCount < 0 || maxSize < 0) {
            throw new UnusableInputException("limits must be 0 (unlimited) or positive");
        }
        return DsConnection.run(spec, "ds", socket, (connection, out) -> {
            DataStackConfiguration limits = new DataStackConfiguration(maxItemSize, maxItemCount, maxSize);
            try (DataStack ds = connection.stacks.create(name, limits)) {
                if (ds.alreadyExisted()) {
                    out.println("opened existing DataStack " + name + " (ERROR_ALREADY_EXISTS): " + DsInfoCommand.describe(ds.info()));
                } else {
                    connection.control.keep(ds);
                    out.println("created DataStack " + name + ": " + DsInfoCommand.describe(ds.info()));
                }
            }
            return 0;
        });
    }
}
