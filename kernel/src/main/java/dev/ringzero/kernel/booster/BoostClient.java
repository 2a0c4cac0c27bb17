package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.ob.Caller;

import java.util.Optional;

/**
 * The article's {@code boost <tid> <priority>} client: writes a {@link ThreadData} to the Booster
 * device and reports the outcome with the priority before and after ({@link BoostReport}). The device
 * is reached through a {@link DeviceWriter}, the {@code WriteFile} on a handle to {@value BoosterDevice#WIN32_PATH}:
 * embedded, or over the daemon's wire protocol. The priorities are read locally (reading needs no privilege).
 */
public final class BoostClient {

    /** {@code WriteFile} on an open handle to the Booster device. */
    @FunctionalInterface
    public interface DeviceWriter {
        WriteResult write(byte[] input);
    }

    private final DeviceWriter device;

    public BoostClient(DeviceWriter device) {
        this.device = device;
    }

    /** A client of a device in this process, calling as {@code caller}. */
    public static BoostClient embedded(BoosterDevice device, Caller caller) {
        return new BoostClient(input -> device.write(caller, input));
    }

    /**
     * One request. {@code tid} is sent as the u32 the article's client sends (its {@code int ThreadId}),
     * so a negative number becomes a large, unknown thread id.
     */
    public BoostReport boost(int tid, int priority) {
        Optional<ThreadPriority> before = readIfPresent(tid);
        WriteResult result = device.write(new ThreadData(Integer.toUnsignedLong(tid), priority).encode());
        return new BoostReport(result.status(), before, before.isPresent() ? readIfPresent(tid) : Optional.empty());
    }

    private static Optional<ThreadPriority> readIfPresent(int tid) {
        try {
            return Optional.of(Booster.read(tid));
        } catch (NtStatusException gone) {
            return Optional.empty();
        }
    }
}
