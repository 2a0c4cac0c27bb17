package dev.ringzero.cli;

import dev.ringzero.client.DataStack;
import dev.ringzero.kernel.abi.AccessMask;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rz ds pop NAME [--wait MS]}: PopDataStack, optionally after WaitForSingleObject. */
@Command(name = "pop", description = "Pop the top item of a DataStack and print it (text, or hex: for binary).",
        footer = "Exit code 1 when the stack is empty (ERROR_NO_DATA) or nothing arrived within --wait.")
final class DsPopCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--wait", paramLabel = "MS", description = "wait up to MS milliseconds for an item (-1: forever)")
    Long waitMillis;

    @Override
    public Integer call() throws Exception {
        if (waitMillis != null && waitMillis < -1) {
            throw new UnusableInputException("--wait must be -1 (forever), 0 or a positive number of milliseconds");
        }
        return DsConnection.run(spec, "ds", socket, (connection, out) -> {
            int access = AccessMask.GENERIC_WRITE | (waitMillis != null ? AccessMask.SYNCHRONIZE : 0);
            try (DataStack ds = connection.stacks.open(name, access)) {
                Optional<byte[]> item = waitMillis == null ? ds.pop() : popWaiting(ds, waitMillis);
                if (item.isEmpty()) {
                    spec.commandLine().getErr().println("rz ds: " + name + " is empty"
                            + (waitMillis != null && waitMillis != 0 ? " after waiting " + waitMillis + " ms" : "")
                            + " (ERROR_NO_DATA 232)");
                    return DsConnection.REFUSED;
                }
                out.println(DsItem.render(item.get()));
            }
            return 0;
        });
    }

    /** Waits for the stack to be signalled and pops; another popper may win the item, then it waits again. */
    private static Optional<byte[]> popWaiting(DataStack ds, long millis) {
        long deadline = System.nanoTime() + Duration.ofMillis(Math.max(millis, 0)).toNanos();
        while (true) {
            long left = millis < 0 ? -1 : Math.max(0, Duration.ofNanos(deadline - System.nanoTime()).toMillis());
            boolean signalled = left < 0 ? awaitForever(ds) : ds.await(Duration.ofMillis(left));
            if (!signalled) {
                return Optional.empty();
            }
            Optional<byte[]> item = ds.pop();
            if (item.isPresent() || (millis >= 0 && System.nanoTime() >= deadline)) {
                return item;
            }
        }
    }

    private static boolean awaitForever(DataStack ds) {
        ds.awaitForever();
        return true;
    }
}
