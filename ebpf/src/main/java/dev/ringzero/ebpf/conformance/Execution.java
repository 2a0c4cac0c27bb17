package dev.ringzero.ebpf.conformance;

/** What happened to one conformance program. */
public sealed interface Execution {

    /** Refused before running: by the file reader, the assembler, the decoder or the structural check. */
    record Rejected(String stage, String reason) implements Execution {}

    /** Started, then stopped by a {@link dev.ringzero.ebpf.vm.ProgramFault}. */
    record Faulted(String reason) implements Execution {}

    /** Ran to {@code exit}. */
    record Returned(long r0, long instructions) implements Execution {}
}
