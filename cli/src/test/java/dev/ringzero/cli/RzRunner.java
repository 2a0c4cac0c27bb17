package dev.ringzero.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs one {@code rz} command line in-process and captures what it prints. */
record RzRunner(int exitCode, String out, String err) {

    static RzRunner rz(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Rz.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new RzRunner(code, out.toString(), err.toString());
    }
}
