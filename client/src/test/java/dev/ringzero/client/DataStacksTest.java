package dev.ringzero.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.Ace;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.SecurityDescriptor;
import dev.ringzero.kernel.abi.Trustee;
import dev.ringzero.kernel.ob.Caller;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The Java client API, run over the embedded kernel and over IOCTL frames. */
@ParameterizedClass
@EnumSource(Transport.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DataStacksTest {
    static final DataStackConfiguration ARTICLE_LIMITS = new DataStackConfiguration(0, 100, 10 << 20);

    final Transport transport;
    final Kernel kernel = Kernel.embedded();
    final NativeApi aliceApi;
    final DataStacks alice;
    final DataStacks bob;

    DataStacksTest(Transport transport) {
        this.transport = transport;
        this.aliceApi = transport.connect(kernel, new Caller(1, 1000, 1000, 1));
        this.alice = new DataStacks(aliceApi);
        this.bob = new DataStacks(transport.connect(kernel, new Caller(2, 2000, 2000, 1)));
    }

    DataStacks aliceAgain() {
        return new DataStacks(transport.connect(kernel, new Caller(3, 1000, 1000, 1)));
    }

    static NtStatus failure(Runnable call) {
        try {
            call.run();
        } catch (NtStatusException e) {
            return e.status();
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void pushThenPopReturnsTheItem() {
        try (DataStack ds = alice.create("MyDataStack", ARTICLE_LIMITS)) {
            ds.push("Hello, data stack!".getBytes(StandardCharsets.UTF_8));
            assertThat(ds.pop()).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("Hello, data stack!"));
        }
    }

    @Test
    void popOnAnEmptyStackIsEmptyNotAnError() {
        try (DataStack ds = alice.create(null, DataStackConfiguration.UNLIMITED)) {
            assertThat(ds.pop()).isEmpty();
        }
    }

    @Test
    void popGrowsItsBufferForLargeItems() {
        try (DataStack ds = alice.create(null, DataStackConfiguration.UNLIMITED)) {
            byte[] big = new byte[100_000];
            big[99_999] = 42;
            ds.push(big);
            assertThat(ds.peekSize()).isEqualTo(100_000);
            assertThat(ds.pop()).hasValueSatisfying(b -> assertThat(b).isEqualTo(big));
        }
    }

    @Test
    void theSecondCreateOfANameOpensTheFirstAndSaysSo() {
        try (DataStack first = alice.create("MyDataStack", ARTICLE_LIMITS);
             DataStack second = aliceAgain().create("MyDataStack", ARTICLE_LIMITS)) {
            assertThat(first.alreadyExisted()).isFalse();
            assertThat(first.lastError()).isZero();
            assertThat(second.alreadyExisted()).isTrue();
            assertThat(second.lastError()).isEqualTo(183); // ERROR_ALREADY_EXISTS
        }
    }

    @Test
    void openingAnEmptyNameIsErrorInvalidName() {
        NtStatusException e = org.junit.jupiter.api.Assertions.assertThrows(NtStatusException.class,
                () -> alice.open("", DataStackAccess.QUERY));
        assertThat(e.win32Error()).isEqualTo(123);
    }

    @Test
    void openingAMissingNameIsErrorFileNotFound() {
        NtStatusException e = org.junit.jupiter.api.Assertions.assertThrows(NtStatusException.class,
                () -> alice.open("Missing", DataStackAccess.QUERY));
        assertThat(e.status()).isEqualTo(NtStatus.OBJECT_NAME_NOT_FOUND);
        assertThat(e.win32Error()).isEqualTo(2);
    }

    @Test
    void openingAnEventNameAsADataStackIsATypeMismatch() {
        new Events(aliceApi).create("Ev", EventType.NOTIFICATION, false);
        assertThat(failure(() -> alice.open("Ev", DataStackAccess.QUERY))).isEqualTo(NtStatus.OBJECT_TYPE_MISMATCH);
    }

    @Test
    void anotherUserCannotOpenAStackByDefault() {
        try (DataStack ds = alice.create("Global\\Private", ARTICLE_LIMITS)) {
            assertThat(ds.alreadyExisted()).isFalse();
            NtStatusException e = org.junit.jupiter.api.Assertions.assertThrows(NtStatusException.class,
                    () -> bob.open("Global\\Private", AccessMask.GENERIC_READ));
            assertThat(e.status()).isEqualTo(NtStatus.ACCESS_DENIED);
            assertThat(e.win32Error()).isEqualTo(5);
        }
    }

    @Test
    void anExplicitDescriptorSharesAStackWithAnotherUser() {
        SecurityDescriptor shared = SecurityDescriptor.of(1000, Ace.allow(Trustee.user(1000), AccessMask.GENERIC_ALL),
                Ace.allow(Trustee.user(2000), AccessMask.GENERIC_WRITE | AccessMask.SYNCHRONIZE));
        try (DataStack mine = alice.create("Global\\Shared", ARTICLE_LIMITS, shared, false);
             DataStack theirs = bob.open("Global\\Shared", AccessMask.GENERIC_WRITE)) {
            theirs.push(new byte[] {9});
            assertThat(mine.pop()).hasValueSatisfying(b -> assertThat(b).containsExactly(9));
            assertThat(failure(theirs::itemCount)).isEqualTo(NtStatus.ACCESS_DENIED);
        }
    }

    @Test
    void aReadOnlyHandleCannotPush() {
        try (DataStack ds = alice.create("RO", ARTICLE_LIMITS);
             DataStack ro = aliceAgain().open("RO", AccessMask.GENERIC_READ)) {
            ds.push(new byte[1]);
            assertThat(ro.itemCount()).isEqualTo(1);
            assertThat(failure(() -> ro.push(new byte[1]))).isEqualTo(NtStatus.ACCESS_DENIED);
        }
    }

    @Test
    void limitsAreEnforcedWithTheArticlesStatuses() {
        try (DataStack ds = alice.create(null, new DataStackConfiguration(8, 2, 12))) {
            assertThat(failure(() -> ds.push(new byte[9]))).isEqualTo(NtStatus.NOT_CAPABLE);
            ds.push(new byte[8]);
            assertThat(failure(() -> ds.push(new byte[5]))).isEqualTo(NtStatus.NOT_CAPABLE);
            ds.push(new byte[4]);
            NtStatusException e = org.junit.jupiter.api.Assertions.assertThrows(NtStatusException.class, () -> ds.push(new byte[1]));
            assertThat(e.status()).isEqualTo(NtStatus.NO_MORE_ENTRIES);
            assertThat(e.win32Error()).isEqualTo(259);
        }
    }

    @Test
    void anEmptyItemIsInvalidParameter() {
        try (DataStack ds = alice.create(null, DataStackConfiguration.UNLIMITED)) {
            NtStatusException e = org.junit.jupiter.api.Assertions.assertThrows(NtStatusException.class, () -> ds.push(new byte[0]));
            assertThat(e.status()).isEqualTo(NtStatus.INVALID_PARAMETER_3);
            assertThat(e.win32Error()).isEqualTo(87);
        }
    }

    @Test
    void infoReportsCountSizeAndConfiguration() {
        try (DataStack ds = alice.create(null, ARTICLE_LIMITS)) {
            ds.push(new byte[3]);
            ds.push(new byte[4]);
            assertThat(ds.info()).isEqualTo(new DataStackInfo(2, 7, ARTICLE_LIMITS));
        }
    }

    @Test
    void clearEmptiesAndUnsignals() {
        try (DataStack ds = alice.create(null, DataStackConfiguration.UNLIMITED)) {
            ds.push(new byte[3]);
            assertThat(ds.await(Duration.ZERO)).isTrue();
            ds.clear();
            assertThat(ds.itemCount()).isZero();
            assertThat(ds.await(Duration.ZERO)).isFalse();
        }
    }

    @Test
    void aClosedHandleIsInvalidWithoutReachingTheKernel() {
        DataStack ds = alice.create(null, DataStackConfiguration.UNLIMITED);
        ds.close();
        ds.close();
        assertThat(failure(() -> ds.push(new byte[1]))).isEqualTo(NtStatus.INVALID_HANDLE);
    }

    @Test
    void closingEveryHandleLeavesNoObjectsOrHandles() {
        List<DataStack> stacks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            DataStack ds = alice.create("Leak" + (i % 4), DataStackConfiguration.UNLIMITED);
            ds.push(new byte[] {(byte) i});
            stacks.add(ds);
        }
        stacks.forEach(DataStack::close);
        assertThat(kernel.dataStacks().type().totalObjects()).isZero();
        assertThat(kernel.dataStacks().type().totalHandles()).isZero();
    }

    @Test
    void theArticlesTestProgramAPusherAndAWaitingPopper() throws Exception {
        DataStacks pusherProcess = alice;
        DataStacks popperProcess = aliceAgain();
        try (DataStack pusher = pusherProcess.create("MyDataStack", ARTICLE_LIMITS)) {
            CompletableFuture<List<String>> popper = CompletableFuture.supplyAsync(() -> {
                List<String> popped = new ArrayList<>();
                try (DataStack h = popperProcess.create("MyDataStack", ARTICLE_LIMITS)) {
                    assertThat(h.alreadyExisted()).isTrue();
                    while (popped.size() < 12 && h.await(Duration.ofSeconds(5))) {
                        h.pop().ifPresent(b -> popped.add(b.length > 4
                                ? new String(b, 0, b.length - 1, StandardCharsets.US_ASCII)
                                : Integer.toString(ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt())));
                    }
                }
                return popped;
            }, r -> Thread.ofPlatform().daemon().start(r));
            pusher.push("Hello, data stack!\0".getBytes(StandardCharsets.US_ASCII));
            pusher.push("Pushing another string...\0".getBytes(StandardCharsets.US_ASCII));
            for (int i = 1; i <= 10; i++) {
                Thread.sleep(5);
                pusher.push(ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(i).array());
            }
            assertThat(popper.get(20, TimeUnit.SECONDS)).containsExactlyInAnyOrder("Hello, data stack!",
                    "Pushing another string...", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        }
    }

    @Test
    void waitAnyAcrossAStackAndAnEvent() {
        Events events = new Events(aliceApi);
        try (DataStack ds = alice.create(null, DataStackConfiguration.UNLIMITED);
             Event ev = events.create(null, EventType.SYNCHRONIZATION, false)) {
            assertThat(Waits.any(Duration.ZERO, ds, ev)).isEmpty();
            ev.set();
            assertThat(Waits.any(Duration.ZERO, ds, ev)).hasValue(1);
            assertThat(Waits.any(Duration.ZERO, ds, ev)).isEmpty(); // auto-reset consumed
            ds.push(new byte[1]);
            ev.set();
            assertThat(Waits.all(Duration.ofSeconds(1), ds, ev)).isTrue();
        }
    }

    @Test
    void processesPushingAndPoppingConcurrentlyLoseNothing() throws Exception {
        int processes = 4;
        int items = 5_000;
        try (DataStack owner = alice.create("Global\\Busy", DataStackConfiguration.UNLIMITED)) {
            List<CompletableFuture<Long>> pushers = new ArrayList<>();
            List<CompletableFuture<Long>> poppers = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                int id = p;
                DataStacks process = aliceAgain();
                pushers.add(CompletableFuture.supplyAsync(() -> {
                    long sum = 0;
                    try (DataStack ds = process.open("Global\\Busy", DataStackAccess.PUSH)) {
                        for (int i = 0; i < items; i++) {
                            long value = (long) id * items + i;
                            ds.push(ByteBuffer.allocate(8).putLong(value).array());
                            sum += value;
                        }
                    }
                    return sum;
                }, r -> Thread.ofPlatform().daemon().start(r)));
            }
            for (int p = 0; p < processes; p++) {
                DataStacks popperProcess = aliceAgain();
                poppers.add(CompletableFuture.supplyAsync(() -> {
                    long sum = 0;
                    try (DataStack ds = popperProcess.open("Global\\Busy", AccessMask.GENERIC_WRITE | AccessMask.SYNCHRONIZE)) {
                        while (!pushers.stream().allMatch(CompletableFuture::isDone) || ds.peekSize() != 0) {
                            if (ds.await(Duration.ofMillis(20))) {
                                sum += ds.pop().map(b -> ByteBuffer.wrap(b).getLong()).orElse(0L);
                            }
                        }
                    }
                    return sum;
                }, r -> Thread.ofPlatform().daemon().start(r)));
            }
            long pushed = 0;
            for (CompletableFuture<Long> f : pushers) pushed += f.get(30, TimeUnit.SECONDS);
            long popped = 0;
            for (CompletableFuture<Long> f : poppers) popped += f.get(30, TimeUnit.SECONDS);
            long n = (long) processes * items;
            assertThat(pushed).isEqualTo(n * (n - 1) / 2);
            assertThat(popped).isEqualTo(pushed);
            assertThat(owner.itemCount()).isZero();
        }
        assertThat(kernel.dataStacks().type().totalHandles()).isZero();
    }

    @Test
    void duplicateWithNarrowerAccess() {
        try (DataStack ds = alice.create(null, DataStackConfiguration.UNLIMITED);
             DataStack query = alice.duplicate(ds, DataStackAccess.QUERY, false)) {
            ds.push(new byte[1]);
            assertThat(query.itemCount()).isEqualTo(1);
            assertThat(failure(query::clear)).isEqualTo(NtStatus.ACCESS_DENIED);
        }
    }
}
