package dev.ringzero.ebpf.program;

/** An object that cannot be turned into runnable programs: an unknown map type, an unresolved symbol, … */
public final class LinkException extends RuntimeException {
    public LinkException(String message) {
        super(message);
    }
}
