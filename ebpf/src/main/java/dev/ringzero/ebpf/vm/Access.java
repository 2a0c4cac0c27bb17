package dev.ringzero.ebpf.vm;

/** What a program may do with a memory region. */
public enum Access {
    READ(true, false),
    WRITE(false, true),
    READ_WRITE(true, true);

    private final boolean read;
    private final boolean write;

    Access(boolean read, boolean write) {
        this.read = read;
        this.write = write;
    }

    public boolean canRead() { return read; }

    public boolean canWrite() { return write; }
}
