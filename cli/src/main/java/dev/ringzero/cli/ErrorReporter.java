package dev.ringzero.cli;

import picocli.CommandLine;

/**
 * Turns any failure that escapes a command into one line on stderr and an exit code, never a stack
 * trace. Commands report expected failures (bad input) themselves; this is the last line of defence.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    /** Exit code for unusable input or an internal failure. */
    static final int UNUSABLE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (!(ex instanceof UnusableInputException)) {
            message = "internal error: " + message + " (set RZ_DEBUG=1 for the stack trace)";
        }
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + message);
        if (System.getenv("RZ_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return UNUSABLE;
    }
}
