package dev.ringzero.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.program.ContextInput;
import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.program.LoadedProgram;
import dev.ringzero.ebpf.program.ProgramRejectedException;
import dev.ringzero.ebpf.program.ProgramRunner;
import dev.ringzero.ebpf.vm.ProcessAttributes;
import dev.ringzero.ebpf.vm.ProgramFault;
import dev.ringzero.ebpf.vm.TraceSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rz run}: test-runs a program as {@code bpftool prog run} does — the context built once, the
 * program run N times on it, the last return value and the average duration reported.
 */
@Command(name = "run", description = "Test-run a program like bpftool prog run: {\"file\",\"retval\",\"duration\"} per file.")
final class RunCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    EngineOption engine;

    @picocli.CommandLine.Mixin
    VerificationOption verification;

    @Option(names = "--program", paramLabel = "NAME", description = "Program to run (default: the object's first).")
    String program;

    @Option(names = "--platform", paramLabel = "windows|linux", description = "ABI of the object (default: detected).")
    String platform;

    @Option(names = "--data-in", paramLabel = "FILE", description = "Packet (or bind app id) bytes.")
    Path dataIn;

    @Option(names = "--data-out", paramLabel = "FILE", description = "Write the packet after the last run here.")
    Path dataOut;

    @Option(names = "--ctx-in", paramLabel = "FILE", description = "Context fields as JSON, e.g. {\"process_id\": 42}.")
    Path ctxIn;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", description = "Runs to average over (default 1).")
    int repeat;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Option(names = "--trace", description = "Print bpf_trace_printk output to stderr.")
    boolean trace;

    @Parameters(arity = "1..*", paramLabel = "FILE.o")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        if (repeat < 1) {
            throw new UnusableInputException("--repeat must be at least 1, not " + repeat);
        }
        if (dataOut != null && Files.isDirectory(dataOut)) {
            throw new UnusableInputException("--data-out " + dataOut + ": is a directory");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        for (Path file : files) {
            LoadedObject object = LoadedObjects.link(file, parsePlatform());
            LoadedProgram chosen = LoadedObjects.program(file, object, program);
            ContextInput input = input(chosen);
            TraceSink sink = trace ? line -> err.println(chosen.name() + ": " + line) : TraceSink.DISCARD;
            ProgramRunner runner;
            try {
                runner = new ProgramRunner(object, chosen, engine.engine(), verification.verification(), sink);
            } catch (ProgramRejectedException rejected) {
                Rejections.report(err, "rz run", file, object.platform(), rejected);
                exit = 1;
                continue;
            }
            try {
                ProgramRunner.Timing timing = runner.repeat(input, currentProcess(), repeat);
                print(out, file, timing);
                if (dataOut != null) {
                    InputFiles.write(dataOut, timing.dataOut(), "--data-out");
                }
            } catch (ProgramFault fault) {
                err.println("rz run: " + file + ": program " + chosen.name() + " faulted: " + fault.getMessage()
                        + chosen.lineAt(fault.pc()).map(l -> " (" + l.fileName() + ":" + l.line() + ")").orElse(""));
                exit = 1;
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    private void print(PrintWriter out, Path file, ProgramRunner.Timing timing) {
        if (json) {
            ObjectNode node = JSON.createObjectNode();
            node.put("file", file.toString());
            node.put("retval", timing.retval());
            node.put("duration", timing.averageNanos());
            out.println(node);
        } else {
            out.println(file + ": Return value: " + timing.retval() + ", duration" + (repeat > 1 ? " (average)" : "")
                    + ": " + timing.averageNanos() + "ns");
        }
    }

    /** The largest packet (or app id) a run takes: far more than any real packet. */
    static final long MAX_DATA = 64L << 20;

    private ContextInput input(LoadedProgram chosen) {
        byte[] data = dataIn == null ? null : InputFiles.read(dataIn, MAX_DATA, "--data-in");
        if (ctxIn != null) {
            InputFiles.requireRegular(ctxIn, MAX_DATA, "--ctx-in");
            return ContextJson.read(ctxIn, chosen.requireType().context(), data);
        }
        return ContextInput.ofData(data == null ? new byte[0] : data);
    }

    private Platform parsePlatform() {
        if (platform == null) {
            return null;
        }
        return switch (platform) {
            case "windows" -> Platform.WINDOWS;
            case "linux" -> Platform.LINUX;
            default -> throw new UnusableInputException("--platform must be windows or linux, not " + platform);
        };
    }

    static ProcessAttributes currentProcess() {
        int pid = (int) ProcessHandle.current().pid();
        return new ProcessAttributes(pid, pid, "rz");
    }
}
