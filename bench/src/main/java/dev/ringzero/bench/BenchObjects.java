package dev.ringzero.bench;

import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.BpfObjectLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The clang-built objects the benchmarks run, packaged into the benchmark jar (see bench/pom.xml). */
final class BenchObjects {

    private BenchObjects() {}

    /** Loads {@code resource}, e.g. {@code bpf/alu_loop.o} or {@code examples/trace_connections.o}. */
    static BpfObject load(String resource) {
        try (InputStream in = BenchObjects.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " in the benchmark jar");
            }
            return BpfObjectLoader.load(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
