package dev.ringzero.ebpf.platform;

/** What a program may do with a context field. */
public enum FieldAccess {
    READ,
    READ_WRITE;

    public boolean writable() { return this == READ_WRITE; }
}
