package dev.ringzero.client;

import dev.ringzero.kernel.abi.AccessMask;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A client for {@link KilledClientTest}, run in its own JVM: pushes 0, 1, 2, … onto a named stack
 * forever and prints each number once its push is acknowledged, until it is killed.
 */
public final class PushingClient {
    private PushingClient() {}

    public static void main(String[] args) {
        DataStacks stacks = DataStacks.connect(Path.of(args[0]));
        DataStack ds = stacks.open(args[1], AccessMask.GENERIC_WRITE);
        for (long i = 0; ; i++) {
            ds.push(ByteBuffer.allocate(8).putLong(i).array());
            System.out.println(i);
            System.out.flush();
        }
    }
}
