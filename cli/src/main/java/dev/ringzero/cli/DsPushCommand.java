package dev.ringzero.cli;

import dev.ringzero.client.DataStack;
import dev.ringzero.kernel.abi.AccessMask;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rz ds push NAME TEXT|--hex HEX|--file F}: PushDataStack. */
@Command(name = "push", description = "Push one item onto a DataStack.")
final class DsPushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT", description = "the item as UTF-8 text")
    String text;

    @Option(names = "--hex", paramLabel = "HEX", description = "the item as hexadecimal bytes")
    String hex;

    @Option(names = "--file", paramLabel = "F", description = "the item is the content of file F")
    Path file;

    @Override
    public Integer call() throws Exception {
        byte[] bytes = DsItem.bytes(text, hex, file);
        return DsConnection.run(spec, "ds", socket, (connection, out) -> {
            try (DataStack ds = connection.stacks.open(name, AccessMask.GENERIC_WRITE)) {
                ds.push(bytes);
                out.println("pushed " + bytes.length + " bytes onto " + name);
            }
            return 0;
        });
    }
}
