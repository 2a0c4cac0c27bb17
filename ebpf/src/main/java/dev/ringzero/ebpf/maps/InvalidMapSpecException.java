package dev.ringzero.ebpf.maps;

/** A map definition that cannot be created: the message names the map, the field and the rule it breaks. */
public final class InvalidMapSpecException extends RuntimeException {
    private final Errno errno;

    public InvalidMapSpecException(String message, Errno errno) {
        super(message);
        this.errno = errno;
    }

    /** The error Linux's {@code BPF_MAP_CREATE} reports for the same definition (EINVAL, E2BIG or EOPNOTSUPP). */
    public Errno errno() {
        return errno;
    }
}
