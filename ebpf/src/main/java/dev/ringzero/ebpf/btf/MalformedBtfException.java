package dev.ringzero.ebpf.btf;

/** A {@code .BTF} or {@code .BTF.ext} blob that breaks the format: the message names what and where. */
public final class MalformedBtfException extends RuntimeException {

    public MalformedBtfException(String message) {
        super(message);
    }
}
