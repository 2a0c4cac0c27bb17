package dev.ringzero.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.datastack.Popped;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** WaitForSingleObject / WaitForMultipleObjects over DataStacks and Events. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class WaitTest {
    final Kernel kernel = Kernel.embedded();
    final KernelProcess process = kernel.attach(new Caller(1, 1000, 1000, 1));

    int event(EventType type, boolean initial) {
        return kernel.events().create(process, AccessMask.GENERIC_ALL, ObjectAttributes.UNNAMED, type, initial).handle();
    }

    int stack() {
        return kernel.dataStacks().create(process, ObjectAttributes.UNNAMED, 0, 0, 0).handle();
    }

    WaitOutcome waitAny(long timeout, int... handles) {
        return kernel.objects().waitForMultiple(process, handles, false, timeout);
    }

    WaitOutcome waitAll(long timeout, int... handles) {
        return kernel.objects().waitForMultiple(process, handles, true, timeout);
    }

    CompletableFuture<WaitOutcome> inBackground(java.util.function.Supplier<WaitOutcome> wait) {
        return CompletableFuture.supplyAsync(wait, r -> Thread.ofPlatform().daemon().start(r));
    }

    void awaitWaiters(int handle, int count) throws InterruptedException {
        try (var ref = kernel.objectManager().referenceByHandle(process, handle, 0, null, Object.class)) {
            DispatcherObject object = ref.header().type().initializer().waitObject().locate(ref.body());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (object.waiterCount() < count && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertThat(object.waiterCount()).isEqualTo(count);
        }
    }

    @Test
    void anEmptyStackIsNotSignalledAndAPollTimesOut() {
        WaitOutcome outcome = kernel.objects().waitForSingle(process, stack(), 0);
        assertThat(outcome.status()).isEqualTo(NtStatus.TIMEOUT);
        assertThat(outcome.code()).isEqualTo(0x102); // WAIT_TIMEOUT
    }

    @Test
    void aNonEmptyStackIsSignalledAndWaitingDoesNotConsumeIt() {
        int h = stack();
        kernel.dataStacks().push(process, h, new byte[] {1}, 1);
        assertThat(kernel.objects().waitForSingle(process, h, 0).code()).isZero(); // WAIT_OBJECT_0
        assertThat(kernel.objects().waitForSingle(process, h, 0).code()).isZero();
    }

    @Test
    void poppingTheLastItemResetsTheSignal() {
        int h = stack();
        kernel.dataStacks().push(process, h, new byte[] {1}, 1);
        kernel.dataStacks().pop(process, h, true, 1);
        assertThat(kernel.objects().waitForSingle(process, h, 0).status()).isEqualTo(NtStatus.TIMEOUT);
    }

    @Test
    void aPopperWaitingOnAnEmptyStackWakesWhenAnItemArrives() throws Exception {
        int h = stack();
        CompletableFuture<Popped> popper = CompletableFuture.supplyAsync(() -> {
            WaitOutcome outcome = kernel.objects().waitForSingle(process, h, WaitEngine.INFINITE);
            assertThat(outcome.isSatisfied()).isTrue();
            return kernel.dataStacks().pop(process, h, true, 64);
        }, r -> Thread.ofPlatform().daemon().start(r));
        awaitWaiters(h, 1);
        kernel.dataStacks().push(process, h, "Hello, data stack!".getBytes(), 18);
        assertThat(new String(popper.get(10, TimeUnit.SECONDS).item())).isEqualTo("Hello, data stack!");
    }

    @Test
    void aTimedWaitTimesOutAfterRoughlyItsTimeout() {
        long start = System.nanoTime();
        WaitOutcome outcome = kernel.objects().waitForSingle(process, stack(), 100);
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(outcome.status()).isEqualTo(NtStatus.TIMEOUT);
        assertThat(elapsedMillis).isBetween(90L, 5000L);
    }

    @Test
    void waitAnyReportsTheLowestSignalledIndex() {
        int a = event(EventType.NOTIFICATION, false);
        int b = event(EventType.NOTIFICATION, true);
        int c = event(EventType.NOTIFICATION, true);
        assertThat(waitAny(0, a, b, c).code()).isEqualTo(1); // WAIT_OBJECT_0 + 1
    }

    @Test
    void waitAnyOverAStackAndAnEventWakesOnTheStack() throws Exception {
        int e = event(EventType.NOTIFICATION, false);
        int s = stack();
        CompletableFuture<WaitOutcome> waiter = inBackground(() -> waitAny(WaitEngine.INFINITE, e, s));
        awaitWaiters(s, 1);
        kernel.dataStacks().push(process, s, new byte[] {7}, 1);
        assertThat(waiter.get(10, TimeUnit.SECONDS).index()).isEqualTo(1);
    }

    @Test
    void waitAllNeedsEveryObject() {
        int a = event(EventType.NOTIFICATION, true);
        int b = event(EventType.NOTIFICATION, false);
        assertThat(waitAll(0, a, b).status()).isEqualTo(NtStatus.TIMEOUT);
        kernel.events().set(process, b);
        assertThat(waitAll(0, a, b).code()).isZero();
    }

    @Test
    void waitAllTakesNothingUntilItCanTakeEverything() throws Exception {
        int a = event(EventType.SYNCHRONIZATION, true);
        int b = event(EventType.SYNCHRONIZATION, false);
        CompletableFuture<WaitOutcome> waiter = inBackground(() -> waitAll(WaitEngine.INFINITE, a, b));
        awaitWaiters(b, 1);
        // a stays signalled while the wait-all waits for b: another thread can still take it
        assertThat(waitAny(0, a).code()).isZero();
        kernel.events().set(process, a);
        kernel.events().set(process, b);
        assertThat(waiter.get(10, TimeUnit.SECONDS).isSatisfied()).isTrue();
        // and the wait-all consumed both auto-reset events
        assertThat(waitAny(0, a).status()).isEqualTo(NtStatus.TIMEOUT);
        assertThat(waitAny(0, b).status()).isEqualTo(NtStatus.TIMEOUT);
    }

    @Test
    void anAutoResetEventReleasesOneWaiterPerSet() throws Exception {
        int e = event(EventType.SYNCHRONIZATION, false);
        CompletableFuture<WaitOutcome> first = inBackground(() -> kernel.objects().waitForSingle(process, e, 10_000));
        CompletableFuture<WaitOutcome> second = inBackground(() -> kernel.objects().waitForSingle(process, e, 10_000));
        awaitWaiters(e, 2);
        kernel.events().set(process, e);
        CompletableFuture.anyOf(first, second).get(10, TimeUnit.SECONDS);
        Thread.sleep(50);
        assertThat(first.isDone() ^ second.isDone()).isTrue();
        kernel.events().set(process, e);
        assertThat(first.get(10, TimeUnit.SECONDS).isSatisfied()).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS).isSatisfied()).isTrue();
        assertThat(waitAny(0, e).status()).isEqualTo(NtStatus.TIMEOUT);
    }

    @Test
    void aManualResetEventReleasesEveryWaiterAndStaysSet() throws Exception {
        int e = event(EventType.NOTIFICATION, false);
        CompletableFuture<WaitOutcome> first = inBackground(() -> kernel.objects().waitForSingle(process, e, WaitEngine.INFINITE));
        CompletableFuture<WaitOutcome> second = inBackground(() -> kernel.objects().waitForSingle(process, e, WaitEngine.INFINITE));
        awaitWaiters(e, 2);
        kernel.events().set(process, e);
        assertThat(first.get(10, TimeUnit.SECONDS).isSatisfied()).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS).isSatisfied()).isTrue();
        assertThat(waitAny(0, e).code()).isZero();
    }

    @Test
    void resetMakesAnEventNonSignalled() {
        int e = event(EventType.NOTIFICATION, true);
        kernel.events().reset(process, e);
        assertThat(waitAny(0, e).status()).isEqualTo(NtStatus.TIMEOUT);
    }

    @Test
    void pulseReleasesTheCurrentWaitersAndLeavesTheEventReset() throws Exception {
        int e = event(EventType.NOTIFICATION, false);
        CompletableFuture<WaitOutcome> waiter = inBackground(() -> kernel.objects().waitForSingle(process, e, WaitEngine.INFINITE));
        awaitWaiters(e, 1);
        kernel.events().pulse(process, e);
        assertThat(waiter.get(10, TimeUnit.SECONDS).isSatisfied()).isTrue();
        assertThat(waitAny(0, e).status()).isEqualTo(NtStatus.TIMEOUT);
    }

    @Test
    void pulseWithoutWaitersIsLost() {
        int e = event(EventType.SYNCHRONIZATION, false);
        kernel.events().pulse(process, e);
        assertThat(waitAny(0, e).status()).isEqualTo(NtStatus.TIMEOUT);
    }

    @Test
    void waitingNeedsSynchronizeAccess() {
        int h = stack();
        int noSync = kernel.objects().duplicate(process, h, DataStackAccess.QUERY, 0, 0);
        assertThat(statusOf(() -> waitAny(0, noSync))).isEqualTo(NtStatus.ACCESS_DENIED);
    }

    @Test
    void aDirectoryCannotBeWaitedOn() {
        int dir = kernel.objects().openDirectory(process, 1, ObjectAttributes.absolute("\\BaseNamedObjects", 0));
        assertThat(statusOf(() -> waitAny(0, dir))).isEqualTo(NtStatus.OBJECT_TYPE_MISMATCH);
    }

    @Test
    void noHandlesOrMoreThan64AreInvalidParameter1() {
        assertThat(statusOf(() -> waitAny(0))).isEqualTo(NtStatus.INVALID_PARAMETER_1);
        int[] many = new int[65];
        java.util.Arrays.fill(many, stack());
        assertThat(statusOf(() -> waitAny(0, many))).isEqualTo(NtStatus.INVALID_PARAMETER_1);
    }

    @Test
    void waitAllOnTheSameObjectTwiceIsAParameterMix() {
        int h = stack();
        int dup = kernel.objects().duplicate(process, h, 0, 0, 2);
        assertThat(statusOf(() -> waitAll(0, h, dup))).isEqualTo(NtStatus.INVALID_PARAMETER_MIX);
    }

    @Test
    void aNegativeTimeoutOtherThanInfiniteIsInvalidParameter4() {
        assertThat(statusOf(() -> waitAny(-2, stack()))).isEqualTo(NtStatus.INVALID_PARAMETER_4);
    }

    @Test
    void anInterruptedWaitIsCancelled() throws Exception {
        int h = stack();
        CompletableFuture<Thread> thread = new CompletableFuture<>();
        CompletableFuture<WaitOutcome> waiter = CompletableFuture.supplyAsync(() -> {
            thread.complete(Thread.currentThread());
            return kernel.objects().waitForSingle(process, h, WaitEngine.INFINITE);
        }, r -> Thread.ofPlatform().daemon().start(r));
        awaitWaiters(h, 1);
        thread.get().interrupt();
        assertThat(waiter.get(10, TimeUnit.SECONDS).status()).isEqualTo(NtStatus.CANCELLED);
    }

    @Test
    void aTimedOutWaiterLeavesNoWaitBlockBehind() throws Exception {
        int h = stack();
        waitAny(20, h);
        awaitWaiters(h, 0);
    }

    NtStatus statusOf(Runnable call) {
        try {
            call.run();
            return NtStatus.SUCCESS;
        } catch (NtStatusException e) {
            return e.status();
        }
    }
}
