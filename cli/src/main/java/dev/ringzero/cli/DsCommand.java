package dev.ringzero.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rz ds}: the articles' DataStack objects, in the daemon's kernel. */
@Command(name = "ds",
        description = "Create, share, push to, pop from and wait on DataStack objects held by the ringzero daemon.",
        subcommands = {DsCreateCommand.class, DsOpenCommand.class, DsPushCommand.class, DsPopCommand.class,
                DsClearCommand.class, DsInfoCommand.class, DsWaitCommand.class, DsTestCommand.class, DsBenchCommand.class},
        footer = {"Names are in \\BaseNamedObjects (Global\\ and Local\\ prefixes work). Stacks created by 'rz ds create'",
                "are kept by the daemon after the command exits (until the daemon stops)."})
final class DsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
