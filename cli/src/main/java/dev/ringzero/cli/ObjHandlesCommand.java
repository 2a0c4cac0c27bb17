package dev.ringzero.cli;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.daemon.HandleListing;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rz obj handles}: each connected process's handle table, as Process Explorer's handle view shows it. */
@Command(name = "handles", description = "List the open handles of every connected process (root sees all, others their own).")
final class ObjHandlesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Override
    public Integer call() throws Exception {
        return DsConnection.run(spec, "obj", socket, (connection, out) -> {
            HandleListing listing = connection.control.listHandles();
            for (HandleListing.ProcessHandles p : listing.processes()) {
                out.printf("%s  pid %d  uid %d  gid %d  session %d  (%d handles)%n", p.label(), p.pid(), p.uid(), p.gid(),
                        p.session(), p.handles().size());
                if (!p.handles().isEmpty()) {
                    out.printf("  %-8s %-14s %-28s %s%n", "HANDLE", "TYPE", "NAME", "ACCESS");
                }
                for (HandleListing.HandleInfo h : p.handles()) {
                    out.printf("  0x%-6X %-14s %-28s %s%n", h.handle(), h.typeName(), h.objectName() == null ? "" : h.objectName(),
                            AccessMask.format(h.grantedAccess()));
                }
            }
            return 0;
        });
    }
}
