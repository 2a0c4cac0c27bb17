package dev.ringzero.ebpf.elf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The clang-built objects under {@code src/test/resources/elf/} (sources and build.sh in {@code elf/src/}). */
public final class TestObjects {

    public static final String BTF_MAPS = "btf_maps.o";
    public static final String LEGACY_MAPS = "legacy_maps.o";
    public static final String WINDOWS_MAPS = "windows_maps.o";
    public static final String GLOBAL_DATA = "global_data.o";
    public static final String PROGRAMS = "programs.o";
    public static final String CALLS = "calls.o";
    public static final String CORE_RELOC = "core_reloc.o";

    public static final String[] ALL = {BTF_MAPS, LEGACY_MAPS, WINDOWS_MAPS, GLOBAL_DATA, PROGRAMS, CALLS, CORE_RELOC};

    private TestObjects() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestObjects.class.getResourceAsStream("/elf/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /elf/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BpfObject load(String name) {
        return BpfObjectLoader.load(bytes(name));
    }
}
