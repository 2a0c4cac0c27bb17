package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Java API, on threads of this JVM and of child processes. */
class BoosterTest {
    private static final long SELF = ProcessHandle.current().pid();

    /** A platform thread of this JVM that records its own tid and waits until released. */
    private static final class ParkedThread implements AutoCloseable {
        final Thread thread;
        final AtomicInteger tid = new AtomicInteger();
        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        ParkedThread(String name) throws InterruptedException {
            thread = Thread.ofPlatform().name(name).daemon().start(() -> {
                tid.set(Booster.currentThreadId());
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            started.await();
        }

        @Override
        public void close() {
            release.countDown();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void currentThreadIdIsTheTidOfProcThreadSelf() throws Exception {
        Path threadSelf = Files.readSymbolicLink(Path.of("/proc/thread-self"));
        assertThat(Booster.currentThreadId()).isEqualTo(Integer.parseInt(threadSelf.getFileName().toString()));
        assertThat(Booster.nativeThreadId(Thread.currentThread())).isEqualTo(Booster.currentThreadId());
    }

    @Test
    void anotherPlatformThreadIsFoundByItsNativeName() throws Exception {
        try (ParkedThread parked = new ParkedThread("booster-test-parked-" + System.nanoTime())) {
            assertThat(Booster.nativeThreadId(parked.thread)).isEqualTo(parked.tid.get());
        }
    }

    @Test
    void boostingAJavaThreadChangesItsNativeThread() throws Exception {
        try (ParkedThread parked = new ParkedThread("booster-lowered-" + System.nanoTime())) {
            PriorityChange change = Booster.boost(parked.thread, 4);

            assertThat(TaskStat.of(SELF, parked.tid.get()).nice()).isEqualTo(11);
            assertThat(change.after()).isEqualTo(ThreadPriority.of(parked.tid.get(), SchedPolicy.OTHER, 11, 0));
            assertThat(Booster.read(parked.tid.get()).windowsPriority()).isEqualTo(4);
        }
    }

    @Test
    void boostingAJavaThreadToRealTimeUsesRoundRobin() throws Exception {
        assumeTrue(ChildProcess.mayUseRealTime(), "this process may not use real-time policies");
        try (ParkedThread parked = new ParkedThread("booster-rt-" + System.nanoTime())) {
            Booster.boost(parked.thread, 24);

            assertThat(TaskStat.of(SELF, parked.tid.get())).extracting(TaskStat::policy, TaskStat::rtPriority)
                    .containsExactly(SchedPolicy.RR.number(), 9);
        }
    }

    @Test
    void setPriorityChangesAChildProcessThread() {
        try (ChildProcess child = ChildProcess.sleeper()) {
            PriorityChange change = Booster.setPriority(child.pid(), 1);

            assertThat(change.after().nice()).isEqualTo(19);
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isEqualTo(19);
        }
    }

    @Test
    void setPriorityThrowsTheStatusOfAnInvalidRequest() {
        assertThatThrownBy(() -> Booster.setPriority(Booster.currentThreadId(), 0))
                .isInstanceOfSatisfying(NtStatusException.class, e -> assertThat(e.status()).isEqualTo(NtStatus.INVALID_PARAMETER));
        assertThatThrownBy(() -> Booster.setPriority(ThreadTableTest.absentThreadId(), 8))
                .isInstanceOfSatisfying(NtStatusException.class, e -> assertThat(e.status()).isEqualTo(NtStatus.INVALID_CID));
        assertThatThrownBy(() -> Booster.setPriority(-1, 8))
                .isInstanceOfSatisfying(NtStatusException.class, e -> assertThat(e.status()).isEqualTo(NtStatus.INVALID_CID))
                .hasMessage("no thread has id 4294967295");
    }

    @Test
    void readOfAThreadThatDoesNotExistIsAnInvalidCid() {
        assertThatThrownBy(() -> Booster.read(ThreadTableTest.absentThreadId()))
                .isInstanceOfSatisfying(NtStatusException.class, e -> assertThat(e.status()).isEqualTo(NtStatus.INVALID_CID));
    }

    @Test
    void aVirtualThreadHasNoNativeThreadToBoost() throws Exception {
        Thread virtual = Thread.ofVirtual().unstarted(() -> { });
        assertThatThrownBy(() -> Booster.nativeThreadId(virtual))
                .isInstanceOfSatisfying(NtStatusException.class, e -> assertThat(e.status()).isEqualTo(NtStatus.NOT_SUPPORTED));
    }

    @Test
    void aThreadThatIsNotRunningIsAnInvalidCid() {
        Thread unstarted = Thread.ofPlatform().name("booster-never-started").unstarted(() -> { });
        assertThatThrownBy(() -> Booster.nativeThreadId(unstarted))
                .isInstanceOfSatisfying(NtStatusException.class, e -> assertThat(e.status()).isEqualTo(NtStatus.INVALID_CID));
    }

    @Test
    void twoThreadsWithTheSameNativeNameAreAmbiguous() throws Exception {
        String name = "booster-twin-" + (System.nanoTime() % 100);
        try (ParkedThread first = new ParkedThread(name); ParkedThread second = new ParkedThread(name)) {
            assertThatThrownBy(() -> Booster.nativeThreadId(first.thread))
                    .isInstanceOfSatisfying(NtStatusException.class,
                            e -> assertThat(e.status()).isEqualTo(NtStatus.OBJECT_NAME_COLLISION))
                    .hasMessageContaining("2 native threads of this JVM are named");
            assertThat(second.tid.get()).isNotEqualTo(first.tid.get());
        }
    }

    @Test
    void aThreadRenamedAfterItStartedIsNotFound() throws Exception {
        try (ParkedThread parked = new ParkedThread("booster-before-rename")) {
            parked.thread.setName("booster-after-rename");
            assertThatThrownBy(() -> Booster.nativeThreadId(parked.thread))
                    .isInstanceOfSatisfying(NtStatusException.class, e -> assertThat(e.status()).isEqualTo(NtStatus.NOT_FOUND))
                    .hasMessageContaining("renamed after it started");
        }
    }

    @Test
    void theNativeNameIsTheFirstFifteenBytesOfTheJavaName() {
        assertThat(NativeThreadIds.commOf("booster-test-worker-123456789")).asString().isEqualTo("booster-test-wo");
        assertThat(NativeThreadIds.commOf("short")).asString().isEqualTo("short");
    }
}
