package dev.ringzero.ebpf.conformance;

import java.util.OptionalLong;

/**
 * The verdict on one file. A positive test passes when the program returns exactly the stated result
 * (or, when the file states an error, when it is rejected or faults). A negative test passes when the
 * program is rejected, faults, or returns something other than the stated result.
 */
public record ConformanceResult(String name, boolean negative, Execution execution, OptionalLong expected,
                                boolean passed) {

    /** One line: name, verdict and what happened. */
    public String describe() {
        String what = switch (execution) {
            case Execution.Rejected r -> "rejected by " + r.stage() + ": " + r.reason();
            case Execution.Faulted f -> "faulted: " + f.reason();
            case Execution.Returned r -> String.format("returned 0x%x", r.r0())
                    + (expected.isPresent() ? String.format(" (expected 0x%x)", expected.getAsLong()) : "");
        };
        return (passed ? "PASS " : "FAIL ") + (negative ? "negative/" : "") + name + ": " + what;
    }
}
