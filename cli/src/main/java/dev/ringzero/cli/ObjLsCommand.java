package dev.ringzero.cli;

import dev.ringzero.kernel.daemon.DirectoryListing;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rz obj ls [PATH]}: one directory of the namespace, as WinObj shows it. */
@Command(name = "ls", description = "List a directory of the object namespace: name, type, and item count or link target.")
final class ObjLsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "absolute directory path (default: \\)")
    String path = "\\";

    @Override
    public Integer call() throws Exception {
        return DsConnection.run(spec, "obj", socket, (connection, out) -> {
            DirectoryListing listing = connection.control.listDirectory(path);
            out.println(listing.path());
            out.printf("  %-28s %-14s %s%n", "NAME", "TYPE", "DETAILS");
            listing.entries().stream()
                    .sorted(Comparator.comparing((DirectoryListing.Entry e) -> e.name().toUpperCase(java.util.Locale.ROOT)))
                    .forEach(e -> out.printf("  %-28s %-14s %s%n", e.name(), e.typeName(), details(e)));
            return 0;
        });
    }

    private static String details(DirectoryListing.Entry e) {
        if (e.linkTarget() != null) {
            return "-> " + e.linkTarget();
        }
        if (e.hasItemCount()) {
            return e.itemCount() + (e.itemCount() == 1 ? " item" : " items");
        }
        return e.typeName().equals("DataStack") ? "(no QUERY access)" : "";
    }
}
