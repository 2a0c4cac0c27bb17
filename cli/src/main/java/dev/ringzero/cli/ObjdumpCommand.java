package dev.ringzero.cli;

import dev.ringzero.ebpf.objdump.Objdump;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rz objdump [-S] FILE.o…}: disassembly in the text form of {@code llvm-objdump -d}. */
@Command(name = "objdump", description = "Disassemble BPF objects as llvm-objdump -d does.")
final class ObjdumpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-S", "--source"}, description = "Interleave source lines (from BTF.ext line info).")
    boolean source;

    @Option(names = {"-d", "--disassemble"}, description = "Disassemble executable sections (the default).")
    boolean disassemble;

    @Parameters(arity = "1..*", paramLabel = "FILE.o")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Objdump objdump = new Objdump(source);
        for (Path file : files) {
            objdump.listing(file.toString(), ObjectFiles.load(file)).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
