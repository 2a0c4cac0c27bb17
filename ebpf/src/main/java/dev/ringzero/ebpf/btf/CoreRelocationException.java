package dev.ringzero.ebpf.btf;

/** A CO-RE relocation the loader cannot apply (libbpf then refuses to load the whole object). */
public final class CoreRelocationException extends RuntimeException {

    public CoreRelocationException(String message) {
        super(message);
    }
}
