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
    /** Linux keeps at most this many states per instruction for an unprivileged loader (BPF_COMPLEXITY_LIMIT_STATES). */
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
    private final GlobalCalls globals;
    private Liveness liveness;
    private final List<StateLogEntry> log = new ArrayList<>();
    private final Map<Integer, List<Checkpoint>> visited = new HashMap<>();
    private long processed;

    /**
     * A state reached at a meeting point, how many live paths still descend from it, and how often it
     * pruned a path (hits) or failed to (misses).
     */
    private static final class Checkpoint {
        final State state;
        final Checkpoint parent;
        final int pc;
        int branches = 1;
        int hits;
        int misses;

        Checkpoint(State state, Checkpoint parent, int pc) {
            this.state = state;
            this.parent = parent;
            this.pc = pc;
        }
    }

    private record Path(int pc, State state, Checkpoint last) {}

    public Analysis(VerifierInput original) {
        this.rules = Rules.of(original.programType().platform(), original.options());
        CallStack callGraph = new CallStack(original.code(), rules, original.programType().name());
        this.globals = GlobalCalls.of(original, callGraph);
        this.input = globals.input();
        this.code = input.code();
        this.transfer = new Transfer(input, rules, globals, callGraph);
    }

    public Verdict run() {
        int pc = -1;
        try {
            ControlFlow cfg = ControlFlow.check(code, rules);
            liveness = Liveness.of(code, input.programType().platform());
            walk(cfg, 0, transfer.initialState());
            for (int function = globals.nextToVerify(); function >= 0; function = globals.nextToVerify()) {
                walk(cfg, function, globals.entryState(function));
            }
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

    private void walk(ControlFlow cfg, int start, State initial) {
        var pending = new ArrayDeque<Path>();
        pending.push(new Path(start, initial, null));
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
                    if (seen.size() < MAX_STATES_PER_PC || (rules.linux() && rules.allowPointerLeaks())) {
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
        for (var it = seen.iterator(); it.hasNext(); ) {
            Checkpoint cp = it.next();
            if (!state.within(cp.state)) {
                // as Linux: a state that keeps failing to match is dropped, so a loop's many distinct
                // iterations do not make every later arrival compare against all of them (a path still
                // descending from a dropped state is still bounded by the complexity budget)
                if (++cp.misses > cp.hits * 3 + 3 && !rules.fixpointLoops()) it.remove();
                continue;
            }
            cp.hits++;
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
