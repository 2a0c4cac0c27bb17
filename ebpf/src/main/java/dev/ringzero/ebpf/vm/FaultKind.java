package dev.ringzero.ebpf.vm;

/** Why a program run was stopped. */
public enum FaultKind {
    /** A load, store or atomic outside every region, out of a region's bounds, or without permission. */
    MEMORY_ACCESS,
    /** A dereference of an address in the NULL area (region id 0). */
    NULL_DEREFERENCE,
    /** The instruction budget of the run was used up. */
    BUDGET_EXHAUSTED,
    /** More than {@link Interpreter#MAX_CALL_DEPTH} nested bpf-to-bpf calls. */
    CALL_DEPTH,
    /** A call of a helper id the run's {@link HelperTable} does not have. */
    UNKNOWN_HELPER,
    /** A map pointer or map index that names no map of the program. */
    UNKNOWN_MAP,
    /** An instruction the interpreter cannot run (e.g. a jump or call outside the program, a kfunc call). */
    INVALID_INSTRUCTION,
    /** A helper rejected its arguments. */
    HELPER_FAILURE
}
