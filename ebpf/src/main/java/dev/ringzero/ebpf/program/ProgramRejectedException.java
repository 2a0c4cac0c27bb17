package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.verifier.Verdict;

/** A program the verifier did not prove safe, and which therefore may not run. */
public final class ProgramRejectedException extends RuntimeException {
    private final Verdict verdict;

    public ProgramRejectedException(String program, Verdict verdict) {
        super("the verifier rejected " + program + ": " + verdict.message());
        this.verdict = verdict;
    }

    public Verdict verdict() { return verdict; }
}
