package dev.ringzero.ebpf.program;

/** Whether a program must pass the verifier before it runs. Skipping it is for debugging the verifier only. */
public enum Verification {
    /** The default: a program runs only once the verifier has proven it safe. */
    REQUIRED,
    /**
     * The program runs unverified. The sandbox still bounds every memory access, so the JVM is safe,
     * but the program may fault or misbehave in ways the verifier would have rejected.
     */
    SKIPPED_UNSAFE
}
