package dev.ringzero.ebpf.elf;

import dev.ringzero.ebpf.btf.Btf;
import dev.ringzero.ebpf.btf.BtfType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The {@code __ksym} externs of an object. Untyped ones ({@code extern const void name __ksym;}) are
 * resolved as libbpf does, to the symbol's address in {@code /proc/kallsyms}: the {@code lddw} then loads
 * that number. Typed ones (which the kernel verifier tracks as BTF pointers) and kfuncs are left
 * unresolved, with the reason.
 */
public final class KernelSymbols {

    /** System property naming another kallsyms file. */
    public static final String KALLSYMS_PROPERTY = "ringzero.kallsyms";
    private static final String SECTION = ".ksyms";

    /** Addresses of the resolved externs, and why each other one was not resolved. */
    public record Resolution(Map<String, Long> addresses, Map<String, String> problems) {
        static Resolution none() {
            return new Resolution(Map.of(), Map.of());
        }

        public String problem(String name) {
            return problems.getOrDefault(name, "");
        }
    }

    private KernelSymbols() {
    }

    public static Resolution resolve(ElfFile elf, Optional<Btf> btf) {
        return resolve(elf, btf, KernelSymbols::hostKallsyms);
    }

    static Resolution resolve(ElfFile elf, Optional<Btf> maybeBtf, Supplier<Optional<List<String>>> kallsyms) {
        if (maybeBtf.isEmpty() || maybeBtf.get().datasec(SECTION).isEmpty()) {
            return Resolution.none();
        }
        Btf btf = maybeBtf.get();
        Map<String, Boolean> weakness = new HashMap<>();
        for (ElfSymbol symbol : elf.symbols()) {
            if (symbol.sectionIndex() == ElfSymbol.SHN_UNDEF && symbol.isGlobal() && !symbol.name().isEmpty()) {
                weakness.put(symbol.name(), symbol.binding() == ElfSymbol.STB_WEAK);
            }
        }
        Map<String, String> problems = new HashMap<>();
        Map<String, Boolean> untyped = new HashMap<>();
        for (BtfType.VarSection entry : btf.datasec(SECTION).get().variables()) {
            BtfType type = btf.type(entry.type());
            if (type instanceof BtfType.Func) {
                problems.put(type.name(), "a kfunc, which ringzero does not support");
            } else if (type instanceof BtfType.Var variable && weakness.containsKey(variable.name())) {
                if (btf.resolve(variable.type()) == 0) {
                    untyped.put(variable.name(), weakness.get(variable.name()));
                } else {
                    problems.put(variable.name(), "a typed __ksym extern (a BTF-typed kernel variable), which ringzero does not support");
                }
            }
        }
        if (untyped.isEmpty()) {
            return new Resolution(Map.of(), Map.copyOf(problems));
        }
        Map<String, Long> addresses = new HashMap<>();
        Optional<List<String>> lines = kallsyms.get();
        if (lines.isEmpty()) {
            untyped.keySet().forEach(name -> problems.put(name, "failed to read /proc/kallsyms"));
            return new Resolution(Map.of(), Map.copyOf(problems));
        }
        for (String line : lines.get()) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 3 || fields[1].length() != 1) {
                continue;
            }
            String name = fields[2];
            int llvm = name.indexOf(".llvm.");
            if (fields[1].equals("d") && llvm >= 0) {
                name = name.substring(0, llvm);
            }
            if (!untyped.containsKey(name)) {
                continue;
            }
            long address;
            try {
                address = Long.parseUnsignedLong(fields[0], 16);
            } catch (NumberFormatException e) {
                continue;
            }
            Long previous = addresses.putIfAbsent(name, address);
            if (previous != null && previous != address) {
                problems.put(name, "extern (ksym) '" + name + "': resolution is ambiguous: 0x" + Long.toHexString(previous)
                        + " or 0x" + Long.toHexString(address));
            }
        }
        Map<String, Long> resolved = new HashMap<>();
        boolean failed = false;
        for (Map.Entry<String, Boolean> extern : untyped.entrySet()) {
            String name = extern.getKey();
            if (problems.containsKey(name)) {
                failed = true;
            } else if (addresses.containsKey(name)) {
                resolved.put(name, addresses.get(name));
            } else if (extern.getValue()) {
                resolved.put(name, 0L);
            } else {
                problems.put(name, "extern '" + name + "' (strong): not resolved");
                failed = true;
            }
        }
        if (failed) {
            String why = problems.values().iterator().next();
            untyped.keySet().forEach(name -> problems.putIfAbsent(name, why));
            return new Resolution(Map.of(), Map.copyOf(problems));
        }
        return new Resolution(Map.copyOf(resolved), Map.copyOf(problems));
    }

    /** The lines of the host's kallsyms (or the file {@value #KALLSYMS_PROPERTY} names), when readable. */
    static Optional<List<String>> hostKallsyms() {
        Path path = Path.of(System.getProperty(KALLSYMS_PROPERTY, "/proc/kallsyms"));
        if (!Files.isReadable(path)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(path)) {
            return Optional.of(lines.toList());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
