package dev.ringzero.ebpf.hook;

/** {@code bind_operation_t} of eBPF for Windows' bind hook, with its numbering. */
public enum BindOperation {
    BIND(0),
    POST_BIND(1),
    UNBIND(2);

    private final int value;

    BindOperation(int value) {
        this.value = value;
    }

    public int value() { return value; }
}
