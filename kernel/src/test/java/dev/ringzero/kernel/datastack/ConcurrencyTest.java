package dev.ringzero.kernel.datastack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;
import dev.ringzero.kernel.sync.WaitOutcome;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many processes pushing and popping one named stack: every item is popped exactly once, intact. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrencyTest {
    static final int PUSHERS = 8;
    static final int POPPERS = 8;
    static final int ITEMS_PER_PUSHER = 20_000;
    static final String NAME = "\\BaseNamedObjects\\Busy";

    final Kernel kernel = Kernel.embedded();

    /** An item: pusher id, sequence number, and a CRC of both, so a torn or mixed item is detected. */
    static byte[] item(int pusher, int seq) {
        CRC32 crc = new CRC32();
        ByteBuffer b = ByteBuffer.allocate(16).putInt(pusher).putInt(seq);
        crc.update(b.array(), 0, 8);
        return b.putLong(crc.getValue()).array();
    }

    @Test
    void everyPushedItemIsPoppedExactlyOnce() throws Exception {
        KernelProcess owner = kernel.attach(new Caller(1, 1000, 1000, 0));
        int ownerHandle = kernel.dataStacks().create(owner, ObjectAttributes.absolute(NAME, 0), 0, 0, 0).handle();
        ConcurrentHashMap<Long, Boolean> popped = new ConcurrentHashMap<>();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong corrupt = new AtomicLong();
        CountDownLatch pushersDone = new CountDownLatch(PUSHERS);
        List<Thread> threads = new ArrayList<>();
        List<KernelProcess> processes = new ArrayList<>();
        for (int p = 0; p < PUSHERS; p++) {
            int id = p;
            KernelProcess process = kernel.attach(new Caller(10 + p, 1000, 1000, 0));
            processes.add(process);
            int h = kernel.dataStacks().open(process, DataStackAccess.PUSH, ObjectAttributes.absolute(NAME, 0));
            threads.add(Thread.ofPlatform().start(() -> {
                for (int seq = 0; seq < ITEMS_PER_PUSHER; seq++) {
                    byte[] item = item(id, seq);
                    kernel.dataStacks().push(process, h, item, item.length);
                }
                pushersDone.countDown();
            }));
        }
        for (int c = 0; c < POPPERS; c++) {
            KernelProcess process = kernel.attach(new Caller(100 + c, 1000, 1000, 0));
            processes.add(process);
            int h = kernel.dataStacks().open(process, DataStackAccess.POP | DataStackAccess.QUERY
                    | dev.ringzero.kernel.abi.AccessMask.SYNCHRONIZE, ObjectAttributes.absolute(NAME, 0));
            threads.add(Thread.ofPlatform().start(() -> {
                while (true) {
                    WaitOutcome w = kernel.objects().waitForSingle(process, h, 50);
                    if (!w.isSatisfied()) {
                        if (pushersDone.getCount() == 0 && kernel.dataStacks().pop(process, h, false, 0).itemSize() == 0) {
                            return;
                        }
                        continue;
                    }
                    Popped p = kernel.dataStacks().pop(process, h, true, 16);
                    if (p.status() == NtStatus.PIPE_EMPTY) {
                        continue; // another popper won the race, as in the articles' test loop
                    }
                    ByteBuffer b = ByteBuffer.wrap(p.item());
                    int pusher = b.getInt();
                    int seq = b.getInt();
                    CRC32 crc = new CRC32();
                    crc.update(p.item(), 0, 8);
                    if (crc.getValue() != b.getLong()) {
                        corrupt.incrementAndGet();
                    }
                    if (popped.put(((long) pusher << 32) | seq, Boolean.TRUE) != null) {
                        duplicates.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(corrupt.get()).isZero();
        assertThat(duplicates.get()).isZero();
        assertThat(popped).hasSize(PUSHERS * ITEMS_PER_PUSHER);

        for (KernelProcess process : processes) {
            process.terminate();
        }
        kernel.objects().close(owner, ownerHandle);
        assertThat(kernel.dataStacks().type().totalHandles()).isZero();
        assertThat(kernel.dataStacks().type().totalObjects()).isZero();
        assertThat(kernel.objectManager().exists(NAME)).isFalse();
    }

    @Test
    void poppersWaitingWithoutTimeoutNeverMissAnItem() throws Exception {
        int poppers = 6;
        int items = 20_000;
        KernelProcess process = kernel.attach(new Caller(1, 1000, 1000, 0));
        int h = kernel.dataStacks().create(process, ObjectAttributes.UNNAMED, 0, 0, 0).handle();
        AtomicLong sum = new AtomicLong();
        AtomicLong count = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < poppers; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (true) {
                    WaitOutcome w = kernel.objects().waitForSingle(process, h, dev.ringzero.kernel.sync.WaitEngine.INFINITE);
                    assertThat(w.isSatisfied()).isTrue();
                    Popped p = kernel.dataStacks().pop(process, h, true, 8);
                    if (p.status() == NtStatus.PIPE_EMPTY) {
                        continue;
                    }
                    long value = ByteBuffer.wrap(p.item()).getLong();
                    if (value < 0) {
                        return; // a stop item, one per popper
                    }
                    sum.addAndGet(value);
                    count.incrementAndGet();
                }
            }));
        }
        for (int i = 1; i <= items; i++) {
            kernel.dataStacks().push(process, h, ByteBuffer.allocate(8).putLong(i).array(), 8);
            if (i % 64 == 0) {
                Thread.sleep(0, 1); // let the stack drain to empty now and then, so the waits really block
            }
        }
        while (count.get() < items) {
            Thread.sleep(1);
        }
        for (int c = 0; c < poppers; c++) {
            kernel.dataStacks().push(process, h, ByteBuffer.allocate(8).putLong(-1).array(), 8);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(count.get()).isEqualTo(items);
        assertThat(sum.get()).isEqualTo((long) items * (items + 1) / 2);
    }
}
