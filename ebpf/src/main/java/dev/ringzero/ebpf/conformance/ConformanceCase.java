package dev.ringzero.ebpf.conformance;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One bpf_conformance {@code .data} file: a program as assembly ({@code -- asm}) or raw instruction
 * bytes ({@code -- raw}), the input memory ({@code -- mem}), and the expected result
 * ({@code -- result}) or error ({@code -- error}, whose text may be empty).
 *
 * @param asmFirstLine the file line the assembly starts on, to report assembler errors by file line
 */
public record ConformanceCase(String name, Optional<String> asm, int asmFirstLine, Optional<byte[]> raw,
                              byte[] memory, OptionalLong result, Optional<String> expectedError) {

    public boolean hasProgram() { return asm.isPresent() || raw.isPresent(); }

    /** True when the file states that the program must be rejected or fail. */
    public boolean expectsError() { return expectedError.isPresent(); }
}
