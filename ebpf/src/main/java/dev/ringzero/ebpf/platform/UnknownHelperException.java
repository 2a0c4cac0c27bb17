package dev.ringzero.ebpf.platform;

/** A {@code call} names a helper number the platform does not define. */
public final class UnknownHelperException extends RuntimeException {
    private final Platform platform;
    private final int id;

    public UnknownHelperException(Platform platform, int id) {
        super("no helper function " + id + " on " + platform.name().toLowerCase(java.util.Locale.ROOT));
        this.platform = platform;
        this.id = id;
    }

    public Platform platform() { return platform; }

    public int id() { return id; }
}
