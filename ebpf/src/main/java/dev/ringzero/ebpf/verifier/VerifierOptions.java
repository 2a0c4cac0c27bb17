package dev.ringzero.ebpf.verifier;

import java.util.function.IntFunction;

/**
 * How to judge a program.
 *
 * @param privileged Linux only: judge as for root (or CAP_BPF + CAP_PERFMON), which allows bounded
 *     loops, reading uninitialized stack and storing pointers where they may leak; false adds the
 *     unprivileged rules. eBPF for Windows always applies the strict rules on leaks and
 *     uninitialized stack.
 * @param complexityLimit how many instructions the analysis may step through over all paths
 *     (Linux: 1,000,000)
 * @param lineInfo source line for an instruction index (e.g. {@code trace_connections.c:24: memcpy(...)}),
 *     or null when unknown; may itself be null
 * @param logStates whether to record the abstract state before every analysed instruction
 */
public record VerifierOptions(boolean privileged, int complexityLimit, IntFunction<String> lineInfo, boolean logStates) {

    public static final int LINUX_COMPLEXITY_LIMIT = 1_000_000;

    public VerifierOptions {
        if (complexityLimit <= 0) {
            throw new IllegalArgumentException("complexity limit must be positive, not " + complexityLimit);
        }
    }

    /** Privileged, the Linux budget, no line info, no log. */
    public static VerifierOptions defaults() {
        return new VerifierOptions(true, LINUX_COMPLEXITY_LIMIT, null, false);
    }

    public VerifierOptions unprivileged() {
        return new VerifierOptions(false, complexityLimit, lineInfo, logStates);
    }

    public VerifierOptions withLog() {
        return new VerifierOptions(privileged, complexityLimit, lineInfo, true);
    }

    public VerifierOptions withLineInfo(IntFunction<String> provider) {
        return new VerifierOptions(privileged, complexityLimit, provider, logStates);
    }

    public VerifierOptions withComplexityLimit(int limit) {
        return new VerifierOptions(privileged, limit, lineInfo, logStates);
    }
}
