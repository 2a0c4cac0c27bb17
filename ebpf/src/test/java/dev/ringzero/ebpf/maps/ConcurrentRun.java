package dev.ringzero.ebpf.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a body on several platform threads released together, and rethrows the first failure. */
final class ConcurrentRun {
    interface Body {
        void run(int thread) throws Exception;
    }

    private ConcurrentRun() {
    }

    static void on(int threads, Body body) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(Thread.ofPlatform().name("hammer-" + t).start(() -> {
                try {
                    start.await();
                    body.run(thread);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread thread : running) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a thread failed", failure.get());
        }
    }
}
