package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Disassembler;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.LabelResolver;
import dev.ringzero.ebpf.verifier.StateLogEntry;
import dev.ringzero.ebpf.verifier.Verdict;
import dev.ringzero.ebpf.verifier.VerificationError;
import dev.ringzero.ebpf.verifier.VerifierInput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks every path of a program from its first instruction, as the Linux verifier does: a
 * conditional jump whose outcome the state does not decide forks the path; at the places where paths
 * meet, a state already proven safe that includes the current one ends (prunes) the current path,
 * and a state of the same path that includes it is an infinite loop. Bounded loops are walked
 * iteration by iteration, within the complexity budget.
 */
public final class Analysis {
    private static final int MAX_STATES_PER_PC = 64;
    /** eBPF for Windows: after this many states at one meeting point, arrivals are joined and widened. */
    private static final int WIDEN_AFTER = 4;
    private static final int MAX_LOG = 20_000;
    /** Linux's BPF_COMPLEXITY_LIMIT_JMP_SEQ: branches waiting to be explored at once. */
    private static final int MAX_PENDING = 8192;

    private final VerifierInput input;
    private final Code code;
    private final Rules rules;
    private final Transfer transfer;
    private Liveness liveness;
    private final List<StateLogEntry> log = new ArrayList<>();
    private final Map<Integer, List<Checkpoint>> visited = new HashMap<>();
    private long processed;

    /** A state reached at a meeting point, and how many live paths still descend from it. */
    private static final class Checkpoint {
        final State state;
        final Checkpoint parent;
        final int pc;
        int branches = 1;

        Checkpoint(State state, Checkpoint parent, int pc) {
            this.state = state;
            this.parent = parent;
            this.pc = pc;
        }
    }

    private record Path(int pc, State state, Checkpoint last) {}

    public Analysis(VerifierInput input) {
        this.input = input;
        this.code = input.code();
        this.rules = Rules.of(input.programType().platform(), input.options());
        this.transfer = new Transfer(input, rules);
    }

    public Verdict run() {
        int pc = -1;
        try {
            ControlFlow cfg = ControlFlow.check(code, rules);
            liveness = Liveness.of(code, input.programType().platform());
            walk(cfg);
            transfer.checkCombinedStackDepth(cfg);
            return new Verdict(true, List.of(), log, processed);
        } catch (Rejection r) {
            return new Verdict(false, List.of(error(r)), log, processed);
        } catch (RuntimeException e) {
            // a verifier bug must never accept a program, nor escape as a crash
            return new Verdict(false, List.of(new VerificationError(-1, "", "internal verifier error (the program is rejected): "
                    + e, "", null)), log, processed);
        }
    }

    private VerificationError error(Rejection r) {
        String text = r.pc >= 0 && r.pc < code.length() && code.at(r.pc) != null ? disassemble(r.pc) : "";
        String line = null;
        if (r.pc >= 0 && input.options().lineInfo() != null) {
            line = input.options().lineInfo().apply(r.pc);
        }
        return new VerificationError(r.pc, text, r.getMessage(), r.state, line);
    }

    private String disassemble(int pc) {
        return Disassembler.format(code.at(pc), pc, LabelResolver.none());
    }

    private void walk(ControlFlow cfg) {
        var pending = new ArrayDeque<Path>();
        pending.push(new Path(0, transfer.initialState(), null));
        int limit = input.options().complexityLimit();
        while (!pending.isEmpty()) {
            Path path = pending.pop();
            int pc = path.pc;
            State state = path.state;
            Checkpoint last = path.last;
            while (true) {
                if (cfg.prunePoints.get(pc)) {
                    state.forgetDead(liveness.liveAt(pc), liveness::liveAt);
                    List<Checkpoint> seen = visited.computeIfAbsent(pc, k -> new ArrayList<>());
                    boolean pruned = covered(pc, state, seen, last);
                    if (!pruned && rules.fixpointLoops() && seen.size() >= WIDEN_AFTER) {
                        // eBPF for Windows (PREVAIL): join with the latest state here and widen what grew
                        Checkpoint previous = seen.getLast();
                        State joined = state.join(previous.state);
                        if (joined != null) {
                            state = joined.widen(previous.state);
                            pruned = covered(pc, state, seen, last);
                        }
                    }
                    if (pruned) {
                        finish(last);
                        break;
                    }
                    if (seen.size() < MAX_STATES_PER_PC) {
                        Checkpoint cp = new Checkpoint(state.copy(), last, pc);
                        seen.add(cp);
                        last = cp;
                    }
                }
                if (++processed > limit) {
                    throw new Rejection(pc, "BPF program is too large: processed " + processed
                            + " instructions over all paths (the limit is " + limit
                            + "); a loop without a bound the verifier can see never ends its exploration",
                            state.describe());
                }
                if (input.options().logStates() && log.size() < MAX_LOG) {
                    log.add(new StateLogEntry(pc, disassemble(pc), state.describe()));
                }
                Step step = transfer.step(pc, state);
                if (step instanceof Step.Stop) {
                    finish(last);
                    break;
                }
                if (step instanceof Step.Next n) {
                    pc = n.pc();
                    continue;
                }
                Step.Fork f = (Step.Fork) step;
                if (f.taken() != null && f.fallThrough() != null) {
                    if (pending.size() >= MAX_PENDING) {
                        throw new Rejection(pc, "the sequence of " + (MAX_PENDING + 1) + " jumps is too complex: "
                                + "too many branches wait to be explored at once", state.describe());
                    }
                    if (last != null) last.branches++;
                    pending.push(new Path(f.takenPc(), f.taken(), last));
                    pc = f.fallThroughPc();
                    state = f.fallThrough();
                } else if (f.taken() != null) {
                    pc = f.takenPc();
                    state = f.taken();
                } else {
                    pc = f.fallThroughPc();
                    state = f.fallThrough();
                }
            }
        }
    }

    /**
     * Whether a state already explored (or, for a fixed point, being explored by an enclosing
     * iteration of the same path) includes this one. Linux rejects the latter as an infinite loop;
     * PREVAIL does not check termination.
     */
    private boolean covered(int pc, State state, List<Checkpoint> seen, Checkpoint last) {
        for (Checkpoint cp : seen) {
            if (!state.within(cp.state)) continue;
            if (cp.branches == 0) return true;
            if (isAncestor(cp, last)) {
                // a helper's callback loop is bounded by the helper: coming back to a state seen in an earlier call of
                // the callback is its fixpoint, not an infinite loop
                if (rules.fixpointLoops() || callsBack(pc) || throughCallback(cp, last)) return true;
                throw new Rejection(pc, "infinite loop detected at insn " + pc
                        + ": the loop comes back here with nothing changed that could end it", state.describe());
            }
        }
        return false;
    }

    /** Whether the path from {@code cp} to {@code last} passed a helper call that calls back (a callback's return). */
    private boolean throughCallback(Checkpoint cp, Checkpoint last) {
        for (Checkpoint c = last; c != null && c != cp; c = c.parent) {
            if (callsBack(c.pc)) return true;
        }
        return false;
    }

    private boolean callsBack(int pc) {
        return rules.linux() && code.at(pc) instanceof dev.ringzero.ebpf.isa.Instruction.Call c
                && c.kind() == CallKind.HELPER && HelperCalls.callsBack(c.imm());
    }

    private static boolean isAncestor(Checkpoint cp, Checkpoint last) {
        for (Checkpoint c = last; c != null; c = c.parent) {
            if (c == cp) return true;
        }
        return false;
    }

    private static void finish(Checkpoint last) {
        for (Checkpoint c = last; c != null; c = c.parent) {
            if (--c.branches > 0) break;
        }
    }
}
