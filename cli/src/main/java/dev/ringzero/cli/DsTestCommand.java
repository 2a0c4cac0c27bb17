package dev.ringzero.cli;

import dev.ringzero.client.DaemonUnavailableException;
import dev.ringzero.client.DataStack;
import dev.ringzero.client.SocketTransport;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rz ds test}: the articles' test program as two processes. A popper JVM creates (or opens) the
 * stack and waits on it; then a pusher JVM pushes two strings and the numbers 1 to 10; the popper pops
 * each item as the wait returns. Both talk to the daemon; their output is shown line by line as it comes.
 */
@Command(name = "test", description = "The articles' test program: a pusher and a popper process, the popper waiting on the stack.")
final class DsTestCommand implements Callable<Integer> {
    static final DataStackConfiguration ARTICLE_LIMITS = new DataStackConfiguration(0, 100, 10 << 20);
    static final int ITEMS = 12;

    @Spec
    CommandSpec spec;

    @Mixin
    DaemonSocketOption socket;

    @Option(names = "--name", paramLabel = "NAME", description = "the stack's name (default: ${DEFAULT-VALUE})")
    String name = "MyDataStack";

    @Option(names = "--role", hidden = true, description = "pusher or popper: run one side (what the child processes do)")
    String role;

    @Override
    public Integer call() throws Exception {
        if (role == null) {
            return runBothSides();
        }
        return switch (role) {
            case "pusher" -> DsConnection.run(spec, "ds test", socket, (c, out) -> push(c, out));
            case "popper" -> DsConnection.run(spec, "ds test", socket, (c, out) -> pop(c, out));
            default -> throw new UnusableInputException("--role must be pusher or popper, not " + role);
        };
    }

    private int push(DsConnection connection, PrintWriter out) {
        try (DataStack ds = connection.stacks.create(name, ARTICLE_LIMITS)) {
            out.println(ds.alreadyExisted() ? "opened the existing " + name : "created " + name);
            for (String text : List.of("Hello, data stack!", "Pushing another string...")) {
                ds.push((text + "\0").getBytes(StandardCharsets.US_ASCII));
                out.println("pushed \"" + text + "\"");
                out.flush();
            }
            for (int i = 1; i <= 10; i++) {
                ds.push(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(i).array());
                out.println("pushed " + i);
                out.flush();
            }
        }
        return 0;
    }

    private int pop(DsConnection connection, PrintWriter out) {
        int popped = 0;
        try (DataStack ds = connection.stacks.create(name, ARTICLE_LIMITS)) {
            out.println((ds.alreadyExisted() ? "opened the existing " : "created ") + name + "; waiting on it");
            out.flush();
            while (popped < ITEMS && ds.await(Duration.ofSeconds(10))) {
                var item = ds.pop();
                if (item.isPresent()) {
                    byte[] b = item.get();
                    out.println("popped " + (b.length == 4
                            ? Integer.toString(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt())
                            : "\"" + DsItem.render(b) + "\""));
                    out.flush();
                    popped++;
                }
            }
        }
        out.println(popped == ITEMS ? "popped all " + ITEMS + " items" : "gave up after " + popped + " items (10 s without one)");
        return popped == ITEMS ? 0 : DsConnection.REFUSED;
    }

    /** Starts the popper, waits until it waits on the stack, starts the pusher, relays both outputs. */
    private int runBothSides() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path path = socket.path();
        try {
            SocketTransport.connect(path).close();
        } catch (DaemonUnavailableException e) {
            spec.commandLine().getErr().println("rz ds: " + e.getMessage());
            return ErrorReporter.UNUSABLE;
        }
        CountDownLatch popperWaiting = new CountDownLatch(1);
        Process popper = child("popper", path);
        Thread popperRelay = relay(popper, "popper", out, popperWaiting);
        if (!popperWaiting.await(30, TimeUnit.SECONDS)) {
            popper.destroyForcibly();
            out.println("rz ds test: the popper did not start waiting within 30 s");
            return ErrorReporter.UNUSABLE;
        }
        Process pusher = child("pusher", path);
        Thread pusherRelay = relay(pusher, "pusher", out, new CountDownLatch(1));
        boolean done = pusher.waitFor(60, TimeUnit.SECONDS) && popper.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            pusher.destroyForcibly();
            popper.destroyForcibly();
        }
        pusherRelay.join();
        popperRelay.join();
        out.flush();
        return done && pusher.exitValue() == 0 && popper.exitValue() == 0 ? 0 : DsConnection.REFUSED;
    }

    private Process child(String side, Path path) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Rz.class.getName(),
                "ds", "test", "--role", side, "--name", name, "--socket", path.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static Thread relay(Process process, String side, PrintWriter out, CountDownLatch waiting) {
        String prefix = "[" + side + " pid " + process.pid() + "] ";
        return Thread.ofPlatform().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (out) {
                        out.println(prefix + line);
                        out.flush();
                    }
                    if (line.endsWith("waiting on it")) {
                        waiting.countDown();
                    }
                }
            } catch (IOException e) {
                synchronized (out) {
                    out.println(prefix + "(output lost: " + e.getMessage() + ")");
                }
            }
        });
    }
}
