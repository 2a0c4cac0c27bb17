package dev.ringzero.ebpf.elf;

/**
 * A BPF object that cannot be loaded: not ELF64 little-endian BPF, an offset, size or index out of
 * bounds, a relocation that means nothing, or a broken {@code .BTF}/{@code .BTF.ext}. The message
 * names what is wrong and where.
 */
public final class MalformedElfException extends RuntimeException {

    public MalformedElfException(String message) {
        super(message);
    }

    public MalformedElfException(String message, Throwable cause) {
        super(message, cause);
    }
}
