package dev.ringzero.ebpf.verifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verifier's judgement.
 *
 * @param passed whether the program is proven safe
 * @param errors why not (empty when it passed); the first is the one that stopped the analysis
 * @param log the per-instruction states, when asked for (possibly truncated), else empty
 * @param instructionsProcessed instructions stepped through over all paths
 */
public record Verdict(boolean passed, List<VerificationError> errors, List<StateLogEntry> log, long instructionsProcessed) {

    public Verdict {
        errors = List.copyOf(errors);
        log = List.copyOf(log);
        if (passed != errors.isEmpty()) {
            throw new IllegalArgumentException("a verdict passes exactly when it has no errors");
        }
    }

    /** The first error, rendered, or empty for a pass. */
    public String message() {
        return errors.isEmpty() ? "" : errors.getFirst().render();
    }

    /**
     * A JSON-friendly view: {@code verdict} ("pass"|"fail"), {@code error} (the reason, or null),
     * {@code instruction} (the failing index, or null), {@code disassembly}, {@code source},
     * {@code state}, {@code processed}.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", passed ? "pass" : "fail");
        VerificationError e = errors.isEmpty() ? null : errors.getFirst();
        m.put("error", e == null ? null : e.message());
        m.put("instruction", e == null || e.pc() < 0 ? null : e.pc());
        m.put("disassembly", e == null ? null : e.instruction());
        m.put("source", e == null ? null : e.sourceLine());
        m.put("state", e == null ? null : e.state());
        m.put("processed", instructionsProcessed);
        return m;
    }

    /** {@link #toMap()} as one line of JSON. */
    public String toJson() {
        StringBuilder s = new StringBuilder("{");
        boolean first = true;
        for (var entry : toMap().entrySet()) {
            if (!first) s.append(',');
            first = false;
            quote(s, entry.getKey());
            s.append(':');
            Object v = entry.getValue();
            if (v == null) s.append("null");
            else if (v instanceof Number n) s.append(n);
            else quote(s, v.toString());
        }
        return s.append('}').toString();
    }

    private static void quote(StringBuilder s, String text) {
        s.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> {
                    if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
                    else s.append(c);
                }
            }
        }
        s.append('"');
    }
}
