package dev.ringzero.cli;

import dev.ringzero.client.DataStack;
import dev.ringzero.client.DataStackInfo;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rz ds info NAME}: GetDataStackItemCount, GetDataStackSize and GetDataStackConfig. */
@Command(name = "info", description = "Show a DataStack's item count, total size and limits.")
final class DsInfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws Exception {
        return DsConnection.run(spec, "ds", socket, (connection, out) -> {
            try (DataStack ds = connection.stacks.open(name, DataStackAccess.QUERY)) {
                DataStackInfo info = ds.info();
                out.println("name:          " + name);
                out.println("items:         " + info.itemCount());
                out.println("total size:    " + info.totalSize() + " bytes");
                out.println("max item size: " + limit(info.configuration().maxItemSize(), " bytes"));
                out.println("max count:     " + limit(info.configuration().maxItemCount(), " items"));
                out.println("max size:      " + limit(info.configuration().maxSize(), " bytes"));
            }
            return 0;
        });
    }

    static String limit(long value, String unit) {
        return value == 0 ? "unlimited" : Long.toUnsignedString(value) + unit;
    }

    /** One line: items, bytes and limits. */
    static String describe(DataStackInfo info) {
        DataStackConfiguration c = info.configuration();
        return info.itemCount() + " items, " + info.totalSize() + " bytes (limits: item size "
                + limit(Integer.toUnsignedLong(c.maxItemSize()), "") + ", count " + limit(Integer.toUnsignedLong(c.maxItemCount()), "")
                + ", total size " + limit(c.maxSize(), "") + ")";
    }
}
