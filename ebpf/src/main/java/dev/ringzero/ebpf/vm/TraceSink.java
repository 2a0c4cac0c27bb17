package dev.ringzero.ebpf.vm;

/** Where {@code bpf_trace_printk} output of a run goes, one formatted line at a time. */
@FunctionalInterface
public interface TraceSink {
    TraceSink DISCARD = line -> {};

    void trace(String line);
}
