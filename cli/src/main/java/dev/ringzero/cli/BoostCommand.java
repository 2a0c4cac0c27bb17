package dev.ringzero.cli;

import dev.ringzero.kernel.booster.BoostClient;
import dev.ringzero.kernel.booster.BoostReport;
import dev.ringzero.kernel.booster.BoosterDevice;
import dev.ringzero.kernel.booster.Caller;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rz boost TID PRIORITY}: the Booster article's client, on the embedded kernel. */
@Command(name = "boost",
        description = "Set a thread's priority (Windows 1..31) through the Booster device.",
        footer = "Prints Success!! or Error (N) with the Win32 error N, then the priority before and after.")
final class BoostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TID", description = "Linux thread id")
    int threadId;

    @Parameters(index = "1", paramLabel = "PRIORITY", description = "Windows priority, 1..31")
    int priority;

    @Override
    public Integer call() {
        BoostReport report = BoostClient.embedded(BoosterDevice.system(), Caller.current()).boost(threadId, priority);
        spec.commandLine().getOut().print(report.text());
        spec.commandLine().getOut().flush();
        return report.exitCode();
    }
}
