package dev.ringzero.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.program.LinkException;
import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.program.ObjectLinker;
import dev.ringzero.ebpf.program.LoadedProgram;
import dev.ringzero.ebpf.program.ProgramVerification;
import dev.ringzero.ebpf.verifier.Verdict;
import dev.ringzero.ebpf.verifier.MapDescriptor;
import dev.ringzero.ebpf.verifier.VerificationError;
import dev.ringzero.ebpf.verifier.VerifierOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rz verify}: judges every program of the given objects as the platform's verifier would. One
 * JSON object per program with {@code --json}; exit 0 when all pass, 1 when any fails, 2 for unusable input.
 */
@Command(name = "verify", description = "Verify programs: {\"file\",\"section\",\"program\",\"verdict\",\"error\",\"instruction\"} per program with --json.")
final class VerifyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--platform", paramLabel = "windows|linux", defaultValue = "windows",
            description = "Whose verifier to act as (default: windows, i.e. eBPF for Windows' PREVAIL rules).")
    String platform;

    @Option(names = "--unprivileged", description = "Linux: the stricter rules for unprivileged loaders.")
    boolean unprivileged;

    @Option(names = "--json", description = "One JSON object per program.")
    boolean json;

    @Option(names = "--log", description = "Print the abstract state before every analysed instruction.")
    boolean log;

    @Option(names = "--program", paramLabel = "NAME", description = "Only this program.")
    String program;

    @Parameters(arity = "1..*", paramLabel = "FILE.o")
    List<Path> files;

    @Override
    public Integer call() {
        Platform target = switch (platform) {
            case "windows" -> Platform.WINDOWS;
            case "linux" -> Platform.LINUX;
            default -> throw new UnusableInputException("--platform must be windows or linux, not " + platform);
        };
        VerifierOptions options = VerifierOptions.defaults();
        if (unprivileged) {
            options = options.unprivileged();
        }
        if (log) {
            options = options.withLog();
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean allPassed = true;
        for (Path file : files) {
            BpfObject object = ObjectFiles.load(file);
            List<LoadedProgram> linked;
            List<MapDescriptor> maps;
            var brokenMap = ProgramVerification.brokenMapRule(object, target);
            try {
                linked = ObjectLinker.linkPrograms(object, target);
                maps = brokenMap.isPresent() ? List.of() : ProgramVerification.maps(object, target);
            } catch (LinkException e) {
                // the object is readable but cannot be loaded (a malformed instruction, a map the kernel would
                // refuse to create, …): like a refused BPF_PROG_LOAD, that is a failing verdict for its programs
                if (object.programs().isEmpty()) {
                    throw new UnusableInputException(file + ": " + e.getMessage());
                }
                allPassed = false;
                for (var p : object.programs()) {
                    if (program == null || p.name().equals(program)) {
                        printLoadFailure(out, file, p.section().name(), p.name(), e.getMessage());
                    }
                }
                continue;
            }
            List<LoadedProgram> programs = program == null ? linked
                    : linked.stream().filter(p -> p.name().equals(program)).toList();
            if (programs.isEmpty()) {
                throw new UnusableInputException(file + (program == null || linked.isEmpty() ? ": the object has no programs"
                        : ": no program named '" + program + "' (programs: "
                                + String.join(", ", linked.stream().map(LoadedProgram::name).toList()) + ")"));
            }
            for (LoadedProgram p : programs) {
                Verdict verdict = brokenMap.isPresent()
                        ? new Verdict(false, List.of(new VerificationError(-1, "", brokenMap.get(), "", null)), List.of(), 0)
                        : verdict(p, maps, options);
                allPassed &= verdict.passed();
                print(out, file, p, verdict);
            }
        }
        out.flush();
        return allPassed ? 0 : 1;
    }

    private static Verdict verdict(LoadedProgram program, List<MapDescriptor> maps, VerifierOptions options) {
        try {
            program.requireType();
        } catch (LinkException e) {
            return new Verdict(false, List.of(new VerificationError(-1, "", e.getMessage(), "", null)), List.of(), 0);
        }
        return ProgramVerification.verify(program, maps, options);
    }

    private void printLoadFailure(PrintWriter out, Path file, String section, String name, String why) {
        String message = "cannot be loaded: " + why;
        if (json) {
            out.println(jsonLine(file, section, name, false, message, -1));
        } else {
            out.printf("%s: %s/%s: FAIL%n  %s%n", file, section, name, message);
        }
    }

    /** The DESIGN contract's line: {@code {"file","section","program","verdict","error","instruction"}}. */
    private static ObjectNode jsonLine(Path file, String section, String name, boolean passed, String error, int pc) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", file.toString());
        node.put("section", section);
        node.put("program", name);
        node.put("verdict", passed ? "pass" : "fail");
        if (error == null) {
            node.putNull("error");
        } else {
            node.put("error", error);
        }
        if (pc >= 0) {
            node.put("instruction", pc);
        } else {
            node.putNull("instruction");
        }
        return node;
    }

    private void print(PrintWriter out, Path file, LoadedProgram p, Verdict verdict) {
        if (log) {
            verdict.log().forEach(entry -> out.println(entry.render()));
        }
        VerificationError error = verdict.errors().isEmpty() ? null : verdict.errors().getFirst();
        if (json) {
            out.println(jsonLine(file, p.section(), p.name(), verdict.passed(), error == null ? null : error.message(),
                    error == null ? -1 : error.pc()));
        } else if (error == null) {
            out.printf("%s: %s/%s: pass (%d instructions analysed)%n", file, p.section(), p.name(),
                    verdict.instructionsProcessed());
        } else {
            out.printf("%s: %s/%s: FAIL%n", file, p.section(), p.name());
            error.render().lines().forEach(line -> out.println("  " + line));
        }
    }

}
