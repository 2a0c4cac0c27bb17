package dev.ringzero.kernel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.Ace;
import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.abi.SecurityDescriptor;
import dev.ringzero.kernel.abi.Trustee;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Garbage and mutated frames: the dispatcher always answers with a status, never an exception and
 * never STATUS_INTERNAL_ERROR (which would mean a kernel bug escaped as an unchecked exception), and
 * the kernel's bookkeeping is intact afterwards.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IoDispatcherFuzzTest {
    static final long SEED = 0x5EED_2026L;
    /** No Booster: a mutated write must not change a real thread; writes go to {@code \Device\Null}. */
    final Kernel kernel = withNullDevice();
    final IoDispatcher dispatcher = new IoDispatcher(kernel);
    final KernelProcess process = kernel.attach(new Caller(9, 1000, 1000, 1));
    final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().unstarted(r));

    static Kernel withNullDevice() {
        Kernel kernel = Kernel.withoutDrivers();
        kernel.loadDriver(new NullDriver());
        return kernel;
    }

    @AfterEach
    void stopWatchdog() {
        watchdog.shutdownNow();
    }

    /** Dispatches with a watchdog: a mutated infinite wait is interrupted (STATUS_CANCELLED) after 50 ms. */
    IoFrame.Reply dispatch(byte[] frame) {
        Thread self = Thread.currentThread();
        ScheduledFuture<?> alarm = watchdog.schedule(self::interrupt, 50, TimeUnit.MILLISECONDS);
        try {
            return IoFrame.decodeReply(dispatcher.handle(process, frame));
        } finally {
            alarm.cancel(false);
            Thread.interrupted();
        }
    }

    List<byte[]> seeds() {
        ObjectAttributes secured = new ObjectAttributes("\\BaseNamedObjects\\Fuzz", 0, ObjectAttributes.OPENIF,
                SecurityDescriptor.of(1000, Ace.allow(Trustee.everyone(), AccessMask.GENERIC_READ),
                        Ace.deny(Trustee.group(5), 4)));
        return List.of(
                frame(0, new IoCall.CreateDataStack(secured, 16, 4, 64)),
                frame(0, new IoCall.OpenDataStack(AccessMask.GENERIC_ALL, ObjectAttributes.absolute("\\BaseNamedObjects\\Fuzz", 0))),
                frame(4, new IoCall.PushDataStack(IoCall.BUFFER_PRESENT, 4, new byte[] {1, 2, 3, 4})),
                frame(4, new IoCall.PopDataStack(IoCall.BUFFER_PRESENT, 16)),
                frame(4, new IoCall.QueryDataStack(1, 3, 8)),
                frame(4, new IoCall.ClearDataStack()),
                frame(4, new IoCall.WaitForMultiple(new int[] {4, 8}, false, 0)),
                frame(0, new IoCall.CreateEvent(AccessMask.GENERIC_ALL, EventType.SYNCHRONIZATION, true, ObjectAttributes.UNNAMED)),
                frame(8, new IoCall.SetEvent()),
                frame(8, new IoCall.PulseEvent()),
                frame(4, new IoCall.DuplicateObject(0, 0, 2)),
                frame(0, new IoCall.OpenDirectory(1, ObjectAttributes.absolute("\\Sessions\\1\\BaseNamedObjects", 0))),
                frame(12, new IoCall.Close()),
                frame(0, new IoCall.QueryProcess()),
                frame(0, new IoCall.OpenFile(AccessMask.GENERIC_WRITE, ObjectAttributes.absolute(NullDriver.DEVICE_NAME, 0))),
                frame(24, new IoCall.WriteFile(new byte[] {1, 0, 0, 0, 8, 0, 0, 0})),
                frame(24, new IoCall.WriteFile(null)));
    }

    static byte[] frame(int handle, IoCall call) {
        return IoFrame.encodeRequest(call.function(), handle, call.encode());
    }

    @Test
    void randomBytesAlwaysGetAnErrorStatus() {
        Random random = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            IoFrame.Reply reply = dispatch(garbage);
            assertThat(NtStatus.fromCode(reply.status())).as("status of garbage frame %s", Arrays.toString(garbage))
                    .hasValueSatisfying(s -> assertThat(s.isError()).isTrue());
            assertThat(reply.status()).isNotEqualTo(NtStatus.INTERNAL_ERROR.code());
        }
    }

    @Test
    void mutatedValidFramesNeverEscapeAsExceptions() {
        Random random = new Random(SEED);
        List<byte[]> seeds = seeds();
        for (byte[] seed : seeds) {
            dispatch(seed);
        }
        for (int i = 0; i < 100_000; i++) {
            byte[] frame = mutate(seeds.get(random.nextInt(seeds.size())), random);
            IoFrame.Reply reply = dispatch(frame);
            assertThat(reply.status()).as("status of frame %s", Arrays.toString(frame))
                    .isNotEqualTo(NtStatus.INTERNAL_ERROR.code());
        }
        process.terminate();
        assertThat(kernel.dataStacks().type().totalHandles()).isZero();
        assertThat(kernel.events().type().totalHandles()).isZero();
        assertThat(kernel.dataStacks().type().totalObjects()).isZero();
        assertThat(kernel.io().deviceType().totalHandles()).isZero();
    }

    @Test
    void framesWithAValidHeaderAndRandomInputsNeverEscapeAsExceptions() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 50_000; i++) {
            int function = 1 + random.nextInt(0x32);
            byte[] input = new byte[random.nextInt(48)];
            random.nextBytes(input);
            byte[] frame = new dev.ringzero.kernel.abi.WireWriter().u16(IoFrame.VERSION).u16(function)
                    .u32(4 * random.nextInt(4)).u32(input.length).bytes(input).toByteArray();
            assertThat(dispatch(frame).status()).isNotEqualTo(NtStatus.INTERNAL_ERROR.code());
        }
    }

    static byte[] mutate(byte[] seed, Random random) {
        byte[] frame = seed.clone();
        switch (random.nextInt(5)) {
            case 0 -> frame[random.nextInt(frame.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> frame[random.nextInt(frame.length)] = (byte) random.nextInt(256);
            case 2 -> frame = Arrays.copyOf(frame, random.nextInt(frame.length + 1));
            case 3 -> {
                int at = IoFrame.HEADER_BYTES + random.nextInt(Math.max(1, frame.length - IoFrame.HEADER_BYTES));
                if (at + 4 <= frame.length) {
                    int v = random.nextBoolean() ? -1 : random.nextInt();
                    for (int k = 0; k < 4; k++) frame[at + k] = (byte) (v >>> (8 * k));
                }
            }
            default -> {
                for (int k = 0; k < 4; k++) frame[random.nextInt(frame.length)] = (byte) random.nextInt(256);
            }
        }
        return frame;
    }
}
