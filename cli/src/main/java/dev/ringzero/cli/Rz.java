package dev.ringzero.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rz} command: the user-mode tools of ringzero. */
@Command(name = "rz",
        mixinStandardHelpOptions = true,
        version = "rz 0.1.0",
        description = "ringzero: a user-space kernel for the JVM (eBPF engine, object manager, tools).",
        subcommands = {CommandLine.HelpCommand.class, ObjdumpCommand.class, RunCommand.class, AttachCommand.class, VerifyCommand.class,
                ConformanceCommand.class, BoostCommand.class, DaemonCommand.class, DsCommand.class, ObjCommand.class})
public final class Rz implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line in-process and returns its exit code (what tests call). */
    public static int execute(String... args) {
        CommandLine cl = newCommandLine();
        try {
            return cl.execute(args);
        } catch (VirtualMachineError e) {
            cl.getErr().println("rz: " + (e instanceof OutOfMemoryError ? "out of memory" : "the JVM failed")
                    + " (" + e.getMessage() + "): the input is larger than this JVM can hold");
            cl.getErr().flush();
            return ErrorReporter.UNUSABLE;
        }
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Rz());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
