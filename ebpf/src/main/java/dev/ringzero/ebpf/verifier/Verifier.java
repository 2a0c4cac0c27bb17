package dev.ringzero.ebpf.verifier;

import dev.ringzero.ebpf.verifier.internal.Analysis;
import java.util.Objects;

/**
 * Proves an eBPF program safe before it runs, by abstract interpretation of every path (as the Linux
 * verifier does) with the rules of the program type's platform. Never throws for a bad program:
 * every problem is a {@link VerificationError} in the {@link Verdict}.
 */
public final class Verifier {
    private Verifier() {}

    public static Verdict verify(VerifierInput input) {
        Objects.requireNonNull(input, "input");
        return new Analysis(input).run();
    }
}
