package dev.ringzero.ebpf.verifier;

/** The abstract state before one analysed instruction on one path (for {@code rz verify --log}). */
public record StateLogEntry(int pc, String instruction, String state) {

    public String render() {
        return pc + ": " + instruction + "\n    " + state;
    }
}
