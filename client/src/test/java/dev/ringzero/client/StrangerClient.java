package dev.ringzero.client;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.NtStatusException;
import java.nio.file.Path;

/**
 * The other user of {@link OtherUserTest}, run in its own JVM under another uid: connects, says who the
 * daemon thinks it is, and tries to open each named stack for reading.
 * Prints {@code uid N} then one line per name: {@code NAME opened} or {@code NAME STATUS_...}.
 */
public final class StrangerClient {
    private StrangerClient() {}

    public static void main(String[] args) {
        try (DataStacks stacks = DataStacks.connect(Path.of(args[0]))) {
            System.out.println("uid " + stacks.nativeApi().ntQueryProcess().uid());
            for (int i = 1; i < args.length; i++) {
                try (DataStack ds = stacks.open(args[i], AccessMask.GENERIC_READ)) {
                    System.out.println(args[i] + " opened, " + ds.itemCount() + " items");
                } catch (NtStatusException e) {
                    System.out.println(args[i] + " " + e.status().statusName());
                }
            }
        }
    }
}
