package dev.ringzero.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rz obj}: browse the daemon's object namespace and handles, like WinObj and Process Explorer. */
@Command(name = "obj", description = "Browse the daemon's object namespace (ls) and open handles (handles).",
        subcommands = {ObjLsCommand.class, ObjHandlesCommand.class})
final class ObjCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
