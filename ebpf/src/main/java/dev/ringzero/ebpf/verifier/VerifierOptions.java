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
 * @param gplCompatible Linux only: whether the object's license is GPL-compatible, which GPL-only helpers
 *     ({@code bpf_probe_read_*}, {@code bpf_trace_printk}, {@code bpf_perf_event_output}, …) require
 */
public record VerifierOptions(boolean privileged, int complexityLimit, IntFunction<String> lineInfo, boolean logStates,
                              boolean gplCompatible) {

    public static final int LINUX_COMPLEXITY_LIMIT = 1_000_000;

    public VerifierOptions {
        if (complexityLimit <= 0) {
            throw new IllegalArgumentException("complexity limit must be positive, not " + complexityLimit);
        }
    }

    /** Privileged, the Linux budget, no line info, no log. */
    public static VerifierOptions defaults() {
        return new VerifierOptions(true, LINUX_COMPLEXITY_LIMIT, null, false, true);
    }

    public VerifierOptions unprivileged() {
        return new VerifierOptions(false, complexityLimit, lineInfo, logStates, gplCompatible);
    }

    public VerifierOptions withLog() {
        return new VerifierOptions(privileged, complexityLimit, lineInfo, true, gplCompatible);
    }

    public VerifierOptions withLineInfo(IntFunction<String> provider) {
        return new VerifierOptions(privileged, complexityLimit, provider, logStates, gplCompatible);
    }

    public VerifierOptions withComplexityLimit(int limit) {
        return new VerifierOptions(privileged, limit, lineInfo, logStates, gplCompatible);
    }

    /** The same options for an object whose license section says {@code license} (Linux's license_is_gpl_compatible). */
    public VerifierOptions withLicense(String license) {
        boolean gpl = switch (license == null ? "" : license) {
            case "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL" -> true;
            default -> false;
        };
        return new VerifierOptions(privileged, complexityLimit, lineInfo, logStates, gpl);
    }
}
