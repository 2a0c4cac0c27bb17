package dev.ringzero.cli;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.hook.BindContexts;
import dev.ringzero.ebpf.hook.BindEvent;
import dev.ringzero.ebpf.hook.BindOperation;
import dev.ringzero.ebpf.hook.SimulatedBindEvents;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.program.LoadedMap;
import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.program.LoadedProgram;
import dev.ringzero.ebpf.program.MapTable;
import dev.ringzero.ebpf.program.ProgramRejectedException;
import dev.ringzero.ebpf.program.ProgramRunner;
import dev.ringzero.ebpf.vm.ProcessAttributes;
import dev.ringzero.ebpf.vm.ProgramFault;
import dev.ringzero.ebpf.vm.TraceSink;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rz attach FILE.o}: loads an object into the embedded kernel, attaches its {@code bind} program to
 * the bind hook, feeds it a stream of bind events, and prints the verdicts and every map's contents.
 * The events are simulated (a reproducible population of Linux server and client processes) until the
 * real hook arrives.
 */
@Command(name = "attach", description = "Attach a bind program to the (simulated) bind hook and show its maps.")
final class AttachCommand implements Callable<Integer> {

    private static final String[] VERDICTS = {"BIND_PERMIT", "BIND_DENY", "BIND_REDIRECT"};

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    EngineOption engine;

    @picocli.CommandLine.Mixin
    VerificationOption verification;

    @Option(names = "--program", paramLabel = "NAME", description = "Program to attach (default: the first bind program).")
    String program;

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000", description = "Bind events to deliver (default 1000).")
    int events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the simulated event stream.")
    long seed;

    @Option(names = "--update", paramLabel = "MAP:KEY=VALUE",
            description = "Set a map entry before the events, as bpftool map update does (e.g. blocked_pids:1044=1, blocked_names:nginx=1).")
    List<String> updates = new ArrayList<>();

    @Option(names = "--trace", description = "Print bpf_printk output.")
    boolean trace;

    @Parameters(paramLabel = "FILE.o")
    Path file;

    @Override
    public Integer call() {
        if (events < 0) {
            throw new UnusableInputException("--events must not be negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        LoadedObject object = LoadedObjects.link(file, null);
        LoadedProgram bind = bindProgram(object);
        for (String update : updates) {
            MapUpdates.apply(object, update);
        }
        TraceSink sink = trace ? line -> out.println("  trace: " + line) : TraceSink.DISCARD;
        ProgramRunner runner;
        try {
            runner = new ProgramRunner(object, bind, engine.engine(), verification.verification(), sink);
        } catch (ProgramRejectedException rejected) {
            Rejections.report(spec.commandLine().getErr(), "rz attach", file, object.platform(), rejected);
            return 1;
        }

        out.printf("Loaded %s (%s): %d program(s), %d map(s).%n", file, LoadedObjects.displayName(object.platform()),
                object.programs().size(), object.maps().size());
        out.printf("Attached %s to the bind hook; delivering %d simulated bind events.%n%n", bind.name(), events);

        Map<BindOperation, Integer> operations = new EnumMap<>(BindOperation.class);
        long[] verdicts = new long[VERDICTS.length + 1];
        long started = System.nanoTime();
        SimulatedBindEvents source = new SimulatedBindEvents(seed);
        for (int i = 0; i < events; i++) {
            BindEvent event = source.next();
            operations.merge(event.operation(), 1, Integer::sum);
            long verdict;
            try {
                verdict = runner.run(BindContexts.of(event), process(event)).r0();
            } catch (ProgramFault fault) {
                spec.commandLine().getErr().println("rz attach: " + bind.name() + " faulted on event " + (i + 1) + ": "
                        + fault.getMessage());
                return 1;
            }
            verdicts[verdict >= 0 && verdict < VERDICTS.length ? (int) verdict : VERDICTS.length]++;
        }
        long elapsed = System.nanoTime() - started;

        out.printf("Events: %d bind, %d post-bind, %d unbind (%.1f µs per event).%n",
                operations.getOrDefault(BindOperation.BIND, 0), operations.getOrDefault(BindOperation.POST_BIND, 0),
                operations.getOrDefault(BindOperation.UNBIND, 0), events == 0 ? 0.0 : elapsed / 1000.0 / events);
        List<String> verdictText = new ArrayList<>();
        for (int v = 0; v < VERDICTS.length; v++) {
            verdictText.add(verdicts[v] + " " + VERDICTS[v]);
        }
        if (verdicts[VERDICTS.length] > 0) {
            verdictText.add(verdicts[VERDICTS.length] + " invalid");
        }
        out.println("Verdicts: " + String.join(", ", verdictText) + ".");
        BpfObject elf = object.object();
        for (LoadedMap map : object.maps()) {
            out.println();
            out.printf("%s (%s, key %d, value %d, max entries %d, %d in use):%n", map.name(),
                    map.map().type().bpftoolName(), map.map().keySize(), map.map().valueSize(), map.map().maxEntries(),
                    map.map().size());
            MapTable.of(map, elf.btf()).lines().forEach(line -> out.println("  " + line));
        }
        out.flush();
        return 0;
    }

    private LoadedProgram bindProgram(LoadedObject object) {
        if (object.programs().isEmpty()) {
            throw new UnusableInputException(file + ": the object has no programs");
        }
        if (object.platform() != Platform.WINDOWS) {
            throw new UnusableInputException(file + ": the bind hook runs eBPF for Windows programs; this is a "
                    + LoadedObjects.displayName(object.platform()) + " object");
        }
        if (program != null) {
            LoadedProgram chosen = LoadedObjects.program(file, object, program);
            if (!chosen.requireType().name().equals("bind")) {
                throw new UnusableInputException(file + ": " + program + " is a " + chosen.requireType().name()
                        + " program, not a bind program");
            }
            return chosen;
        }
        return object.programs().stream()
                .filter(p -> p.type().map(t -> t.name().equals("bind")).orElse(false))
                .findFirst()
                .orElseThrow(() -> new UnusableInputException(file + ": the object has no bind program"));
    }

    private static ProcessAttributes process(BindEvent event) {
        String appId = event.appId();
        String comm = appId.substring(appId.lastIndexOf('/') + 1);
        return new ProcessAttributes((int) event.processId(), (int) event.processId(), comm);
    }
}
