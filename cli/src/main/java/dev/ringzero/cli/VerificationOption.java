package dev.ringzero.cli;

import dev.ringzero.ebpf.program.Verification;
import picocli.CommandLine.Option;

/** {@code --unsafe-skip-verifier}: runs a program the verifier has not accepted. Loudly named on purpose. */
final class VerificationOption {

    @Option(names = "--unsafe-skip-verifier",
            description = "Run without verifying first (debugging only: the sandbox still bounds memory, but the program is unproven).")
    boolean skip;

    Verification verification() {
        return skip ? Verification.SKIPPED_UNSAFE : Verification.REQUIRED;
    }
}
