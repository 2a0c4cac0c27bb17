package dev.ringzero.ebpf.elf;

import dev.ringzero.ebpf.btf.Btf;
import dev.ringzero.ebpf.btf.BtfType;
import dev.ringzero.ebpf.btf.MalformedBtfException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The {@code __kconfig} externs of an object ({@code extern int LINUX_KERNEL_VERSION __kconfig;},
 * {@code extern unsigned CONFIG_HZ __kconfig;}), laid out and filled as libbpf does: one read-only
 * {@code .kconfig} map whose value holds every such extern (sorted by alignment, size and name), with the
 * {@code LINUX_*} values computed by the loader and the {@code CONFIG_*} values read from the running
 * kernel's configuration ({@code /boot/config-$(uname -r)}, else {@code /proc/config.gz}).
 */
public final class KconfigExterns {

    /** The name of the map libbpf creates for {@code __kconfig} externs. */
    public static final String MAP_NAME = ".kconfig";
    /** System property naming another kernel configuration file (plain or gzip). */
    public static final String CONFIG_PROPERTY = "ringzero.kconfig";

    private enum Type { BOOL, TRISTATE, CHAR, INT, CHAR_ARRAY }

    private static final class Extern {
        final String name;
        final boolean weak;
        final int size;
        final int align;
        final Type type;
        final boolean signed;
        int offset;
        boolean set;

        Extern(String name, boolean weak, int size, int align, Type type, boolean signed) {
            this.name = name;
            this.weak = weak;
            this.size = size;
            this.align = align;
            this.type = type;
            this.signed = signed;
        }
    }

    /**
     * The resolved externs: the map contents and each extern's offset in it; or, when they cannot be
     * resolved, why (then no extern is resolved and linking reports it).
     */
    public record Resolution(Optional<GlobalData> map, Map<String, Long> offsets, Map<String, String> problems) {
        static Resolution none() {
            return new Resolution(Optional.empty(), Map.of(), Map.of());
        }

        /** Why the extern {@code name} was left unresolved, {@code ""} when not known. */
        public String problem(String name) {
            return problems.getOrDefault(name, "");
        }
    }

    private static Resolution failed(Btf btf, String why) {
        Map<String, String> problems = new HashMap<>();
        btf.datasec(MAP_NAME).ifPresent(d -> d.variables().forEach(v -> problems.put(btf.type(v.type()).name(), why)));
        return new Resolution(Optional.empty(), Map.of(), Map.copyOf(problems));
    }

    private KconfigExterns() {
    }

    /** Resolves the externs of {@code elf} that its BTF places in the {@code .kconfig} data section. */
    public static Resolution resolve(ElfFile elf, Optional<Btf> btf) {
        return resolve(elf, btf, KconfigExterns::hostConfig);
    }

    static Resolution resolve(ElfFile elf, Optional<Btf> maybeBtf, Supplier<Optional<List<String>>> config) {
        if (maybeBtf.isEmpty()) {
            return Resolution.none();
        }
        Btf btf = maybeBtf.get();
        Optional<BtfType.Datasec> section = btf.datasec(MAP_NAME);
        if (section.isEmpty()) {
            return new Resolution(Optional.empty(), Map.of(), Map.of());
        }
        Map<String, Boolean> weakness = new HashMap<>();
        for (ElfSymbol symbol : elf.symbols()) {
            if (symbol.sectionIndex() == ElfSymbol.SHN_UNDEF && symbol.isGlobal() && !symbol.name().isEmpty()) {
                weakness.put(symbol.name(), symbol.binding() == ElfSymbol.STB_WEAK);
            }
        }
        List<Extern> externs = new ArrayList<>();
        try {
            for (BtfType.VarSection entry : section.get().variables()) {
                if (!(btf.type(entry.type()) instanceof BtfType.Var variable)) {
                    return failed(btf, "extern function " + btf.type(entry.type()).name() + " is unsupported under "
                            + MAP_NAME);
                }
                if (!weakness.containsKey(variable.name())) {
                    continue;
                }
                long size = btf.sizeOf(variable.type());
                boolean[] signed = new boolean[1];
                Type type = typeOf(btf, variable.type(), signed);
                if (type == null || size <= 0) {
                    return failed(btf, "extern (kcfg) '" + variable.name() + "': type is unsupported");
                }
                externs.add(new Extern(variable.name(), weakness.get(variable.name()), (int) size,
                        alignOf(btf, variable.type()), type, signed[0]));
            }
        } catch (MalformedBtfException e) {
            return failed(btf, e.getMessage());
        }
        if (externs.isEmpty()) {
            return new Resolution(Optional.empty(), Map.of(), Map.of());
        }
        externs.sort(Comparator.<Extern>comparingInt(e -> -e.align).thenComparingInt(e -> e.size)
                .thenComparing(e -> e.name));
        int offset = 0;
        for (Extern extern : externs) {
            offset = (offset + extern.align - 1) / extern.align * extern.align;
            extern.offset = offset;
            offset += extern.size;
        }
        byte[] data = new byte[offset];
        try {
            boolean needConfig = false;
            for (Extern extern : externs) {
                if (extern.name.startsWith("CONFIG_")) {
                    needConfig = true;
                    continue;
                }
                long value = switch (extern.name) {
                    case "LINUX_KERNEL_VERSION" -> kernelVersion();
                    case "LINUX_HAS_BPF_COOKIE" -> 1;
                    case "LINUX_HAS_SYSCALL_WRAPPER" -> hasSyscallWrapper() ? 1 : 0;
                    default -> {
                        if (!extern.name.startsWith("LINUX_") || !extern.weak) {
                            throw new IllegalArgumentException("extern (kcfg) '" + extern.name
                                    + "': unrecognized virtual extern");
                        }
                        yield 0;
                    }
                };
                if (extern.name.equals("LINUX_KERNEL_VERSION") && value == 0) {
                    throw new IllegalArgumentException("extern (kcfg) '" + extern.name + "': failed to get kernel version");
                }
                if (!extern.name.startsWith("LINUX_") || isKnownVirtual(extern.name)) {
                    setNumber(extern, data, value);
                }
            }
            if (needConfig) {
                List<String> lines = config.get().orElseThrow(
                        () -> new IllegalArgumentException("failed to open system Kconfig"));
                for (String line : lines) {
                    configLine(externs, data, line);
                }
            }
            for (Extern extern : externs) {
                if (!extern.set && !extern.weak) {
                    throw new IllegalArgumentException("extern '" + extern.name + "' (strong): not resolved");
                }
            }
        } catch (IllegalArgumentException e) {
            return failed(btf, e.getMessage());
        }
        Map<String, Long> offsets = new HashMap<>();
        externs.forEach(e -> offsets.put(e.name, (long) e.offset));
        return new Resolution(Optional.of(new GlobalData(MAP_NAME, data, true)), Map.copyOf(offsets),
                Map.of());
    }

    private static boolean isKnownVirtual(String name) {
        return name.equals("LINUX_KERNEL_VERSION") || name.equals("LINUX_HAS_BPF_COOKIE")
                || name.equals("LINUX_HAS_SYSCALL_WRAPPER");
    }

    private static Type typeOf(Btf btf, int id, boolean[] signed) {
        return typeOf(btf, id, signed, 0);
    }

    private static Type typeOf(Btf btf, int id, boolean[] signed, int depth) {
        if (depth > 8) {
            return null;
        }
        BtfType type = btf.type(btf.resolve(id));
        return switch (type) {
            case BtfType.Int i -> {
                if ((i.encoding() & BtfType.Int.BOOL) != 0) {
                    yield i.size() == 1 ? Type.BOOL : null;
                }
                signed[0] = (i.encoding() & BtfType.Int.SIGNED) != 0;
                if (i.size() == 1) {
                    yield Type.CHAR;
                }
                yield i.size() < 1 || i.size() > 8 || Integer.bitCount(i.size()) != 1 ? null : Type.INT;
            }
            case BtfType.Enum e -> e.size() == 4 && e.name().equals("libbpf_tristate") ? Type.TRISTATE : null;
            case BtfType.Enum64 e -> e.name().equals("libbpf_tristate") ? Type.TRISTATE : null;
            case BtfType.Array a -> a.elements() != 0 && typeOf(btf, a.elementType(), new boolean[1], depth + 1) == Type.CHAR
                    ? Type.CHAR_ARRAY : null;
            default -> null;
        };
    }

    private static int alignOf(Btf btf, int id) {
        int current = btf.resolve(id);
        for (int depth = 0; btf.type(current) instanceof BtfType.Array a; depth++) {
            if (depth > 8) {
                throw new MalformedBtfException("array types nest too deep");
            }
            current = btf.resolve(a.elementType());
        }
        return (int) Math.max(1, Math.min(btf.sizeOf(current), 8));
    }

    private static void configLine(List<Extern> externs, byte[] data, String line) {
        if (!line.startsWith("CONFIG_")) {
            return;
        }
        int separator = line.indexOf('=');
        if (separator < 0) {
            throw new IllegalArgumentException("failed to parse '" + line + "': no separator");
        }
        if (separator == line.length() - 1) {
            throw new IllegalArgumentException("failed to parse '" + line + "': no value");
        }
        String name = line.substring(0, separator);
        String value = line.substring(separator + 1);
        Extern extern = externs.stream().filter(e -> e.name.equals(name)).findFirst().orElse(null);
        if (extern == null || extern.set) {
            return;
        }
        char first = value.charAt(0);
        if (first == 'y' || first == 'n' || first == 'm') {
            switch (extern.type) {
                case BOOL -> {
                    if (first == 'm') {
                        throw new IllegalArgumentException("extern (kcfg) '" + name + "': value 'm' implies tristate or char type");
                    }
                    data[extern.offset] = (byte) (first == 'y' ? 1 : 0);
                }
                case TRISTATE -> write(data, extern.offset, 4, first == 'y' ? 1 : first == 'm' ? 2 : 0);
                case CHAR -> data[extern.offset] = (byte) first;
                default -> throw new IllegalArgumentException("extern (kcfg) '" + name + "': value '" + first
                        + "' implies bool, tristate, or char type");
            }
            extern.set = true;
        } else if (first == '"') {
            if (extern.type != Type.CHAR_ARRAY) {
                throw new IllegalArgumentException("extern (kcfg) '" + name + "': value '" + value + "' implies char array type");
            }
            if (value.length() < 2 || value.charAt(value.length() - 1) != '"') {
                throw new IllegalArgumentException("extern (kcfg) '" + name + "': invalid string config '" + value + "'");
            }
            byte[] text = value.substring(1, value.length() - 1).getBytes(StandardCharsets.UTF_8);
            int length = Math.min(text.length, extern.size - 1);
            System.arraycopy(text, 0, data, extern.offset, length);
            data[extern.offset + length] = 0;
            extern.set = true;
        } else {
            long number = parseNumber(value);
            if (extern.type != Type.INT && extern.type != Type.CHAR) {
                throw new IllegalArgumentException("extern (kcfg) '" + name + "': value '" + value + "' implies integer type");
            }
            setNumber(extern, data, number);
        }
    }

    /** strtoull with base 0: decimal, 0x hexadecimal or 0 octal, the whole string. */
    private static long parseNumber(String value) {
        String text = value;
        boolean negative = false;
        if (text.startsWith("-") || text.startsWith("+")) {
            negative = text.startsWith("-");
            text = text.substring(1);
        }
        int radix = 10;
        if (text.startsWith("0x") || text.startsWith("0X")) {
            radix = 16;
            text = text.substring(2);
        } else if (text.length() > 1 && text.startsWith("0")) {
            radix = 8;
            text = text.substring(1);
        }
        try {
            long parsed = Long.parseUnsignedLong(text, radix);
            return negative ? -parsed : parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("failed to parse '" + value + "' as integer completely");
        }
    }

    private static void setNumber(Extern extern, byte[] data, long value) {
        if (extern.type != Type.INT && extern.type != Type.CHAR && extern.type != Type.BOOL) {
            throw new IllegalArgumentException("extern (kcfg) '" + extern.name + "': value '" + Long.toUnsignedString(value)
                    + "' implies integer, char, or boolean type");
        }
        if (extern.type == Type.BOOL && Long.compareUnsigned(value, 1) > 0) {
            throw new IllegalArgumentException("extern (kcfg) '" + extern.name + "': value '" + Long.toUnsignedString(value)
                    + "' isn't boolean compatible");
        }
        if (extern.size != 8) {
            int bits = extern.size * 8;
            boolean fits = extern.signed ? Long.compareUnsigned(value + (1L << (bits - 1)), 1L << bits) < 0
                    : value >>> bits == 0;
            if (!fits) {
                throw new IllegalArgumentException("extern (kcfg) '" + extern.name + "': value '"
                        + Long.toUnsignedString(value) + "' doesn't fit in " + extern.size + " bytes");
            }
        }
        if (extern.size != 1 && extern.size != 2 && extern.size != 4 && extern.size != 8) {
            throw new IllegalArgumentException("extern (kcfg) '" + extern.name + "': size " + extern.size);
        }
        write(data, extern.offset, extern.size, value);
        extern.set = true;
    }

    private static void write(byte[] data, int offset, int size, long value) {
        for (int i = 0; i < size; i++) {
            data[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    // ---- the host ----

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");

    private static long version(long major, long minor, long patch) {
        return (major << 16) + (minor << 8) + Math.min(patch, 255);
    }

    /** What libbpf computes for {@code LINUX_KERNEL_VERSION}: Ubuntu's and Debian's real version first, else uname -r. */
    static long kernelVersion() {
        try {
            Path ubuntu = Path.of("/proc/version_signature");
            if (Files.isReadable(ubuntu)) {
                String[] words = Files.readString(ubuntu).trim().split("\\s+");
                if (words.length >= 3) {
                    Matcher m = VERSION.matcher(words[2]);
                    if (m.find()) {
                        return version(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
                    }
                }
            }
            Path kernelVersion = Path.of("/proc/sys/kernel/version");
            if (Files.isReadable(kernelVersion)) {
                Matcher m = Pattern.compile("Debian (\\d+)\\.(\\d+)\\.(\\d+)").matcher(Files.readString(kernelVersion));
                if (m.find()) {
                    return version(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall back to the release string
        }
        Matcher m = VERSION.matcher(System.getProperty("os.version", ""));
        return m.find() ? version(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))) : 0;
    }

    /**
     * libbpf's probe for {@code LINUX_HAS_SYSCALL_WRAPPER}: it opens a kprobe on the arch's wrapper of
     * {@code bpf()} ({@code __x64_sys_bpf} and the like), so the answer is yes only when the kernel has that
     * symbol and kprobes (a kprobe PMU, or tracefs kprobe_events for the legacy way).
     */
    static boolean hasSyscallWrapper() {
        String symbol = switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "__x64_sys_bpf";
            case "x86", "i386" -> "__ia32_sys_bpf";
            case "aarch64" -> "__arm64_sys_bpf";
            case "arm" -> "__arm_sys_bpf";
            case "s390x" -> "__s390x_sys_bpf";
            case "riscv64" -> "__riscv_sys_bpf";
            case "ppc64", "ppc64le" -> "__powerpc64_sys_bpf";
            default -> null;
        };
        if (symbol == null) {
            return false;
        }
        boolean kprobes = Files.exists(Path.of("/sys/bus/event_source/devices/kprobe/type"))
                || Files.exists(Path.of("/sys/kernel/tracing/kprobe_events"))
                || Files.exists(Path.of("/sys/kernel/debug/tracing/kprobe_events"));
        if (!kprobes) {
            return false;
        }
        // unreadable kallsyms: assume the symbol exists, as libbpf's probe then only fails on the kprobe itself
        return KernelSymbols.hostKallsyms().map(lines -> lines.stream().anyMatch(l -> l.endsWith(" " + symbol))).orElse(true);
    }

    private static Optional<List<String>> hostConfig() {
        String configured = System.getProperty(CONFIG_PROPERTY);
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("/boot/config-" + System.getProperty("os.version", "")), Path.of("/proc/config.gz"));
        for (Path path : candidates) {
            if (Files.isReadable(path)) {
                try {
                    return Optional.of(readConfig(path));
                } catch (IOException e) {
                    // try the next
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> readConfig(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        InputStream in = new java.io.ByteArrayInputStream(bytes);
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            in = new GZIPInputStream(in);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
