package dev.ringzero.ebpf.maps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Linux kernel's own maps, driven through {@code bpftool} on a map pinned under {@code /sys/fs/bpf}: the oracle the
 * ringzero maps are compared with. bpftool exits with the negated errno of a failed {@code bpf(2)} call (as an
 * unsigned byte), which is how outcomes are read.
 */
final class LinuxKernelOracle implements AutoCloseable {
    private static final Path BPFFS = Path.of("/sys/fs/bpf");
    private static final Pattern VALUE = Pattern.compile("\"value\":\\[([^\\]]*)\\]");

    /** What an operation did: "OK" or an errno name, and the value it returned as hex (empty if none). */
    record Outcome(String result, String value) {
        static Outcome ok(String value) {
            return new Outcome("OK", value);
        }

        static Outcome of(int negatedErrno) {
            return negatedErrno == 0
                    ? ok("")
                    : new Outcome(Errno.fromReturn(negatedErrno).map(Enum::name).orElse("errno " + -negatedErrno),
                            "");
        }
    }

    private final Path pin;

    private LinuxKernelOracle(Path pin) {
        this.pin = pin;
    }

    /** Whether the kernel's maps can be used here: root, bpftool and a mounted bpffs (tried with a probe map). */
    static boolean available() {
        try {
            if (!Files.isDirectory(BPFFS) || run(List.of("bpftool", "version")).exitCode != 0) {
                return false;
            }
            try (LinuxKernelOracle probe = create(MapSpec.of("rz_probe", MapType.ARRAY, 4, 4, 1))) {
                return probe.lookup(new byte[4]).result().equals("OK");
            }
        } catch (IOException | InterruptedException | IllegalStateException e) {
            return false;
        }
    }

    static LinuxKernelOracle create(MapSpec spec) throws IOException, InterruptedException {
        Path pin = BPFFS.resolve("ringzero_maps_test_" + ThreadLocalRandom.current().nextInt(1 << 30));
        Result created = run(List.of("bpftool", "map", "create", pin.toString(), "type", spec.type().bpftoolName(),
                "key", Integer.toString(spec.keySize()), "value", Integer.toString(spec.valueSize()),
                "entries", Integer.toString(spec.maxEntries()), "name", spec.name()));
        if (created.exitCode != 0) {
            throw new IllegalStateException("bpftool could not create " + spec + ": " + created.output);
        }
        return new LinuxKernelOracle(pin);
    }

    Outcome update(byte[] key, byte[] value, UpdateMode mode) throws IOException, InterruptedException {
        List<String> command = command("update");
        bytes(command, "key", key);
        bytes(command, "value", value);
        command.add(mode.name().toLowerCase());
        return outcome(run(command));
    }

    Outcome lookup(byte[] key) throws IOException, InterruptedException {
        List<String> command = command("lookup");
        bytes(command, "key", key);
        return outcome(run(command));
    }

    Outcome delete(byte[] key) throws IOException, InterruptedException {
        List<String> command = command("delete");
        bytes(command, "key", key);
        return outcome(run(command));
    }

    Outcome push(byte[] value) throws IOException, InterruptedException {
        List<String> command = command("push");
        bytes(command, "value", value);
        return outcome(run(command));
    }

    Outcome pop() throws IOException, InterruptedException {
        return outcome(run(command("pop")));
    }

    Outcome peek() throws IOException, InterruptedException {
        return outcome(run(command("peek")));
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(pin);
    }

    private List<String> command(String verb) {
        return new ArrayList<>(List.of("bpftool", "-j", "map", verb, "pinned", pin.toString()));
    }

    private static void bytes(List<String> command, String what, byte[] bytes) {
        command.add(what);
        for (byte b : bytes) {
            command.add(Integer.toString(b & 0xFF));
        }
    }

    private static Outcome outcome(Result result) {
        if (result.exitCode != 0) {
            return Outcome.of(result.exitCode - 256);
        }
        Matcher value = VALUE.matcher(result.output);
        if (!value.find()) {
            return Outcome.ok("");
        }
        StringBuilder hex = new StringBuilder();
        for (String part : value.group(1).split(",")) {
            hex.append(part.replace("\"", "").replace("0x", "").trim());
        }
        return Outcome.ok(hex.toString());
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("bpftool did not finish: " + command);
        }
        return new Result(process.exitValue(), output);
    }

    /** The same outcome shape for a ringzero map's user-side call. */
    static Outcome ours(int negatedErrno) {
        return Outcome.of(negatedErrno);
    }

    static Outcome ours(java.util.Optional<byte[]> value) {
        return value.map(v -> Outcome.ok(HexFormat.of().formatHex(v))).orElse(Outcome.of(Errno.ENOENT.negated()));
    }
}
