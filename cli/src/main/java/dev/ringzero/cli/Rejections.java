package dev.ringzero.cli;

import dev.ringzero.ebpf.program.ProgramRejectedException;
import dev.ringzero.ebpf.platform.Platform;
import java.io.PrintWriter;
import java.nio.file.Path;

/** How a command that runs programs reports one the verifier rejected. */
final class Rejections {

    private Rejections() {}

    static void report(PrintWriter err, String command, Path file, Platform platform, ProgramRejectedException rejected) {
        err.println(command + ": " + file + ": " + rejected.getMessage().lines().findFirst().orElse(""));
        rejected.getMessage().lines().skip(1).forEach(line -> err.println("  " + line));
        err.println("  (rz verify --platform " + LoadedObjects.displayName(platform) + " --log " + file
                + " shows the analysis; --unsafe-skip-verifier runs it anyway)");
        err.flush();
    }
}
