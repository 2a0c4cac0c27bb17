package dev.ringzero.ebpf.btf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The BTF CO-RE relocations are resolved against (the running kernel's {@code /sys/kernel/btf/vmlinux}),
 * with its named types indexed by their essential name (the name without a {@code ___flavor} suffix), so
 * a candidate search does not scan every type.
 */
public final class CoreTarget {

    /** System property naming another vmlinux BTF file, or {@code none} to resolve nothing. */
    public static final String PATH_PROPERTY = "ringzero.btf.vmlinux";
    private static final Path VMLINUX = Path.of("/sys/kernel/btf/vmlinux");

    private static final Object LOCK = new Object();
    private static volatile Optional<CoreTarget> kernel;
    private static volatile Path kernelPath;

    private final Btf btf;
    private final Map<String, int[]> byEssentialName;
    private final long loadNanos;

    private CoreTarget(Btf btf, long loadNanos) {
        this.btf = btf;
        Map<String, int[]> index = new HashMap<>(btf.typeCount() * 2);
        for (int id = 1; id < btf.typeCount(); id++) {
            String name = btf.nameOf(id);
            if (!name.isEmpty()) {
                int typeId = id;
                index.merge(essentialName(name), new int[] {id}, (old, one) -> {
                    int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = typeId;
                    return grown;
                });
            }
        }
        this.byEssentialName = index;
        this.loadNanos = loadNanos;
    }

    /** A target over an already parsed BTF (tests, or another kernel's BTF). */
    public static CoreTarget of(Btf btf) {
        return new CoreTarget(btf, 0);
    }

    /**
     * The running kernel's BTF, parsed once per JVM; empty when the kernel exposes none (then CO-RE
     * relocations are left as the compiler wrote them).
     */
    public static Optional<CoreTarget> kernel() {
        String configured = System.getProperty(PATH_PROPERTY);
        Path path = configured == null ? VMLINUX : configured.equals("none") ? null : Path.of(configured);
        Optional<CoreTarget> cached = kernel;
        if (cached != null && java.util.Objects.equals(path, kernelPath)) {
            return cached;
        }
        synchronized (LOCK) {
            if (kernel == null || !java.util.Objects.equals(path, kernelPath)) {
                kernel = load(path);
                kernelPath = path;
            }
            return kernel;
        }
    }

    private static Optional<CoreTarget> load(Path path) {
        if (path == null || !Files.isReadable(path)) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return Optional.empty();
        }
        Btf btf = BtfParser.parseLazily(bytes);
        return Optional.of(new CoreTarget(btf, System.nanoTime() - start));
    }

    public Btf btf() {
        return btf;
    }

    /** How long reading, parsing and indexing took, in nanoseconds (0 for {@link #of}). */
    public long loadNanos() {
        return loadNanos;
    }

    /** Ids of the named types whose essential name is {@code essential}, in id order. */
    int[] withEssentialName(String essential) {
        return byEssentialName.getOrDefault(essential, new int[0]);
    }

    /**
     * The name without its flavor: everything before the last {@code ___} that is followed by a character
     * other than {@code _} (so {@code task_struct___o} is {@code task_struct}).
     */
    public static String essentialName(String name) {
        int n = name.length();
        for (int i = n - 5; i >= 0; i--) {
            if (name.charAt(i) != '_' && name.charAt(i + 1) == '_' && name.charAt(i + 2) == '_'
                    && name.charAt(i + 3) == '_' && name.charAt(i + 4) != '_') {
                return name.substring(0, i + 1);
            }
        }
        return name;
    }
}
