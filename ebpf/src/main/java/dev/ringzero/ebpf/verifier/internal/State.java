package dev.ringzero.ebpf.verifier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The abstract state on one path: the call frames and what is known about the packet's length. */
final class State {
    final List<Frame> frames;
    /** The {@link #packetRange} key of the metadata area: bytes known to exist from data_meta on. */
    static final int META = -1;

    /** Packet bytes known to exist past the base of each variable part (0: the packet's start; META: data_meta). */
    final Map<Integer, Long> packetRange;
    /**
     * The references the program holds on this path (ring buffer reservations), by id: each must be released
     * exactly once before the program exits.
     */
    final Map<Integer, Ref> refs;
    int nextId;

    /** A held reference: the helper call that acquired it and the size of the memory it covers. */
    record Ref(int allocPc, long size) {}

    /** The bpf_spin_lock held on this path: its map and the identity of the lookup its value came from (-1: global data). */
    record Lock(int mapIndex, int origin) {}

    /** The spin lock held, or null. */
    Lock lock;
    /** The last call on this path that invalidated the packet pointers, -1 for none (for messages only). */
    int packetMovedAt = -1;

    State(Frame first) {
        this.frames = new ArrayList<>(List.of(first));
        this.packetRange = new HashMap<>();
        this.refs = new java.util.TreeMap<>();
        this.nextId = 1;
    }

    private State(State other) {
        this.frames = new ArrayList<>(other.frames.size());
        for (Frame f : other.frames) {
            frames.add(f.copy());
        }
        this.packetRange = new HashMap<>(other.packetRange);
        this.refs = new java.util.TreeMap<>(other.refs);
        this.lock = other.lock;
        this.packetMovedAt = other.packetMovedAt;
        this.nextId = other.nextId;
    }

    State copy() {
        return new State(this);
    }

    Frame top() { return frames.get(frames.size() - 1); }

    int depth() { return frames.size() - 1; }

    Value reg(int r) { return top().regs[r]; }

    void set(int r, Value v) { top().regs[r] = v; }

    int freshId() { return nextId++; }

    long range(int varId) {
        return packetRange.getOrDefault(varId, 0L);
    }

    /**
     * Applies {@code f} to every register and spilled slot of every frame. A maybe-NULL referenced pointer that
     * {@code f} turns into a number is the NULL branch of its check: nothing was acquired, so the reference goes.
     */
    void replaceAll(java.util.function.UnaryOperator<Value> f) {
        for (Frame frame : frames) {
            for (int r = 0; r < frame.regs.length; r++) {
                frame.regs[r] = apply(f, frame.regs[r]);
            }
            for (int s = 0; s < frame.spills.length; s++) {
                if (frame.spills[s] != null) {
                    frame.spills[s] = apply(f, frame.spills[s]);
                }
            }
        }
    }

    private Value apply(java.util.function.UnaryOperator<Value> f, Value v) {
        Value out = f.apply(v);
        if (v instanceof Value.Ptr p && p.refId() != 0 && p.maybeNull() && out instanceof Value.Num) {
            refs.remove(p.refId());
        }
        return out;
    }

    /**
     * Releases reference {@code id}: every pointer carrying it, in every frame and spilled slot, becomes an unknown
     * number (as the kernel marks them for a privileged loader), so a later access is refused.
     */
    void release(int id) {
        refs.remove(id);
        for (Frame frame : frames) {
            for (int r = 0; r < frame.regs.length; r++) {
                if (frame.regs[r] instanceof Value.Ptr p && p.refId() == id) frame.regs[r] = Value.unknown();
            }
            for (int k = 0; k < frame.spills.length; k++) {
                if (frame.spills[k] instanceof Value.Ptr p && p.refId() == id) frame.spills[k] = Value.unknown();
            }
        }
    }

    /**
     * Forgets every packet pointer (after a helper that may move or resize the packet): they become unknown
     * numbers in every frame and spilled slot, and nothing is known about the packet's length any more.
     */
    void invalidatePacket(int pc) {
        packetMovedAt = pc;
        packetRange.clear();
        for (Frame frame : frames) {
            for (int r = 0; r < frame.regs.length; r++) {
                if (isPacket(frame.regs[r])) frame.regs[r] = Value.unknown();
                else if (frame.regs[r] instanceof Value.Num n && n.link() != null) frame.regs[r] = Value.scalar(n.scalar());
            }
            for (int k = 0; k < frame.spills.length; k++) {
                if (isPacket(frame.spills[k])) frame.spills[k] = Value.unknown();
                else if (frame.spills[k] instanceof Value.Num n && n.link() != null) frame.spills[k] = Value.scalar(n.scalar());
            }
        }
    }

    private static boolean isPacket(Value v) {
        return v instanceof Value.Ptr p
                && (p.region() == Region.PACKET || p.region() == Region.PACKET_END || p.region() == Region.PACKET_META);
    }

    /**
     * Makes registers no path reads again uninit: the current frame's per {@code liveTop}, the
     * callers' per their return points (where r0-r5 are overwritten or cleared anyway).
     */
    void forgetDead(int liveTop, java.util.function.IntUnaryOperator liveAt) {
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            Frame callee = i == frames.size() - 1 ? null : frames.get(i + 1);
            // a callback returns to the helper call, which reads r1-r5 again
            int live = callee == null ? liveTop
                    : liveAt.applyAsInt(callee.returnPc) & (callee.callback ? ~0 : ~0x3F);
            for (int r = 0; r < 10; r++) {
                if ((live & (1 << r)) == 0) f.regs[r] = Value.UNINIT;
            }
        }
    }

    /** How many registers and spilled slots differ from {@code other}'s (a measure of how alike two states are). */
    int differences(State other) {
        if (other.frames.size() != frames.size()) return Integer.MAX_VALUE;
        int n = 0;
        for (int i = 0; i < frames.size(); i++) {
            Frame a = frames.get(i), b = other.frames.get(i);
            for (int r = 0; r < 11; r++) if (!sameShape(a.regs[r], b.regs[r])) n++;
            for (int k = 0; k < a.spills.length; k++) if (!java.util.Objects.equals(a.spills[k], b.spills[k])) n++;
        }
        return n;
    }

    private static boolean sameShape(Value a, Value b) {
        if (a instanceof Value.Ptr x && b instanceof Value.Ptr y) {
            return x.region() == y.region() && x.off().equals(y.off()) && x.mapIndex() == y.mapIndex() && x.frame() == y.frame();
        }
        return a.equals(b);
    }

    // ---- subsumption ----------------------------------------------------------------------------

    /**
     * Whether every concrete state this state describes is also described by {@code old}, so that a
     * path found safe from {@code old} is safe from here. Ids (null checks, packet variable parts)
     * must correspond one to one.
     */
    boolean within(State old) {
        if (old.frames.size() != frames.size()) return false;
        if (range(0) < old.range(0) || range(META) < old.range(META)) return false;
        if (!refs.equals(old.refs) || !java.util.Objects.equals(lock, old.lock)) return false;
        Map<Integer, Integer> nullIds = new HashMap<>();
        Map<Integer, Integer> varIds = new HashMap<>();
        varIds.put(0, 0);
        for (int i = 0; i < frames.size(); i++) {
            Frame a = frames.get(i), b = old.frames.get(i);
            if (a.returnPc != b.returnPc || a.function != b.function || a.callback != b.callback) return false;
            for (int r = 0; r < 11; r++) {
                if (!valueWithin(a.regs[r], b.regs[r], nullIds, varIds, old)) return false;
            }
            for (int k = 0; k < Frame.STACK_SIZE; k++) {
                byte ok = b.stack[k], nk = a.stack[k];
                if (ok == Frame.UNINIT) continue;
                if (ok == Frame.MISC) {
                    if (nk == Frame.UNINIT) return false;
                    if (nk == Frame.SPILL && !(a.spills[k / 8] instanceof Value.Num)) return false;
                    continue;
                }
                if (ok == Frame.ZERO) {
                    if (nk == Frame.ZERO) continue;
                    if (nk == Frame.SPILL && a.spills[k / 8] instanceof Value.Num n && n.scalar().isZero()) continue;
                    return false;
                }
                // SPILL
                if (nk != Frame.SPILL) return false;
                if (k % 8 == 0 && !valueWithin(a.spills[k / 8], b.spills[k / 8], nullIds, varIds, old)) return false;
            }
        }
        return true;
    }

    private boolean valueWithin(Value cur, Value old, Map<Integer, Integer> nullIds, Map<Integer, Integer> varIds, State oldState) {
        return switch (old) {
            case Value.Uninit u -> true;
            case Value.Num o -> cur instanceof Value.Num c && o.scalar().contains(c.scalar())
                    && (o.link() == null || linkWithin(c.link(), o.link(), varIds))
                    && (o.id() == 0 || (c.id() != 0 && mapsTo(nullIds, -c.id(), -o.id())));
            case Value.Ptr o -> {
                if (!(cur instanceof Value.Ptr c)) yield false;
                if (c.region() != o.region() || c.frame() != o.frame() || c.mapIndex() != o.mapIndex()) yield false;
                if (!o.off().contains(c.off())) yield false;
                if (c.maybeNull() != o.maybeNull()) yield false;
                if (c.refId() != o.refId()) yield false;
                if (o.maybeNull() && !mapsTo(nullIds, c.nullId(), o.nullId())) yield false;
                if (o.region() == Region.PACKET) {
                    if (c.fixed() != o.fixed() || !mapsTo(varIds, c.varId(), o.varId())) yield false;
                    if (range(c.varId()) < oldState.range(o.varId())) yield false;
                }
                yield true;
            }
        };
    }

    private boolean linkWithin(Value.PacketLink cur, Value.PacketLink old, Map<Integer, Integer> varIds) {
        return cur != null && cur.fixed() == old.fixed() && mapsTo(varIds, cur.varId(), old.varId());
    }

    private static boolean mapsTo(Map<Integer, Integer> ids, int cur, int old) {
        Integer seen = ids.putIfAbsent(cur, old);
        if (seen != null) return seen == old;
        // one to one: no other current id may map to the same old id
        int count = 0;
        for (int v : ids.values()) if (v == old) count++;
        return count == 1;
    }

    // ---- join ---------------------------------------------------------------------------------

    /**
     * A state containing both this and {@code other} (used where many states meet, so a loop's
     * iterations collapse into one widening state): values of different kinds become unusable
     * (uninit), numbers join their ranges, packet pointers with different variable parts get a fresh
     * one with what both know past it. Null when the call stacks differ or a number's relation to
     * the packet's end would be lost.
     */
    State join(State other) {
        try {
            return joinOrThrow(other);
        } catch (LostRelation e) {
            return null;
        }
    }

    /** A join would forget that a length is bounded by the packet's end: better to keep the paths apart. */
    private static final class LostRelation extends RuntimeException {
        LostRelation() {
            super(null, null, false, false);
        }
    }

    private State joinOrThrow(State other) {
        if (other.frames.size() != frames.size()) return null;
        if (!refs.equals(other.refs) || !java.util.Objects.equals(lock, other.lock)) return null;
        State out = copy();
        out.nextId = Math.max(nextId, other.nextId);
        out.packetRange.clear();
        for (var e : packetRange.entrySet()) {
            Long o = other.packetRange.get(e.getKey());
            if (o != null) out.packetRange.put(e.getKey(), Math.min(o, e.getValue()));
        }
        Map<String, Integer> varPairs = new HashMap<>();
        for (int i = 0; i < frames.size(); i++) {
            Frame a = frames.get(i), b = other.frames.get(i), j = out.frames.get(i);
            if (a.returnPc != b.returnPc || a.function != b.function || a.callback != b.callback) return null;
            for (int r = 0; r < 11; r++) {
                j.regs[r] = joinValue(a.regs[r], b.regs[r], out, other, varPairs);
            }
            for (int k = 0; k < Frame.STACK_SIZE; k++) {
                byte x = a.stack[k], y = b.stack[k];
                if (x == y) continue;
                if (x == Frame.UNINIT || y == Frame.UNINIT) {
                    j.stack[k] = Frame.UNINIT;
                } else {
                    j.stack[k] = Frame.MISC;
                }
            }
            for (int slot = 0; slot < j.spills.length; slot++) {
                int base = slot * 8;
                if (j.stack[base] != Frame.SPILL) {
                    if (a.stack[base] == Frame.SPILL || b.stack[base] == Frame.SPILL) {
                        // one side spilled, the other did not: bytes already MISC or UNINIT; a pointer must not survive as MISC
                        if (!(a.spills[slot] instanceof Value.Num || a.spills[slot] == null)
                                || !(b.spills[slot] instanceof Value.Num || b.spills[slot] == null)) {
                            for (int k = base; k < base + 8; k++) j.stack[k] = Frame.UNINIT;
                        }
                    }
                    j.spills[slot] = null;
                    continue;
                }
                Value v = joinValue(a.spills[slot], b.spills[slot], out, other, varPairs);
                if (v instanceof Value.Uninit) {
                    for (int k = base; k < base + 8; k++) j.stack[k] = Frame.UNINIT;
                    j.spills[slot] = null;
                } else {
                    j.spills[slot] = v;
                }
            }
        }
        return out;
    }

    /**
     * Widening after a join with {@code previous}: every number bound that moved since is pushed to
     * its extreme, so a loop's state stops growing after a few rounds.
     */
    State widen(State previous) {
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i), p = previous.frames.get(i);
            for (int r = 0; r < 11; r++) f.regs[r] = widenValue(f.regs[r], p.regs[r]);
            for (int k = 0; k < f.spills.length; k++) {
                if (f.spills[k] != null && p.spills[k] != null) f.spills[k] = widenValue(f.spills[k], p.spills[k]);
            }
        }
        return this;
    }

    private static Value widenValue(Value now, Value before) {
        if (now instanceof Value.Num n && before instanceof Value.Num b) {
            return n.withScalar(widen(n.scalar(), b.scalar()));
        }
        if (now instanceof Value.Ptr n && before instanceof Value.Ptr b && n.region() == b.region()) {
            Scalar off = widen(n.off(), b.off());
            return off.equals(n.off()) ? n : n.withOff(off, n.varId(), n.fixed());
        }
        return now;
    }

    private static Scalar widen(Scalar now, Scalar before) {
        if (before.contains(now)) return now;
        long smin = now.smin() < before.smin() ? Long.MIN_VALUE : now.smin();
        long smax = now.smax() > before.smax() ? Long.MAX_VALUE : now.smax();
        long umin = Long.compareUnsigned(now.umin(), before.umin()) < 0 ? 0 : now.umin();
        long umax = Long.compareUnsigned(now.umax(), before.umax()) > 0 ? -1L : now.umax();
        return new Scalar(smin, smax, umin, umax, now.value(), now.mask()).normalize();
    }

    private Value joinValue(Value a, Value b, State out, State other, Map<String, Integer> varPairs) {
        if (a instanceof Value.Num x && b instanceof Value.Num y) {
            if (!java.util.Objects.equals(x.link(), y.link())) {
                throw new LostRelation();
            }
            return new Value.Num(x.scalar().join(y.scalar()), x.link(), x.id() == y.id() ? x.id() : 0);
        }
        if ((a instanceof Value.Num x && x.link() != null) || (b instanceof Value.Num y && y.link() != null)) {
            throw new LostRelation();
        }
        if (a instanceof Value.Ptr x && b instanceof Value.Ptr y) {
            if (x.region() != y.region() || x.frame() != y.frame() || x.mapIndex() != y.mapIndex() || x.nullId() != y.nullId()
                    || x.refId() != y.refId()) {
                return Value.UNINIT;
            }
            Scalar off = x.off().join(y.off());
            if (x.region() == Region.PACKET && (x.varId() != y.varId() || x.fixed() != y.fixed())) {
                // a fresh base at the pointer itself, shared by copies, with the bytes both states know past it
                String key = x.varId() + "+" + x.fixed() + "|" + y.varId() + "+" + y.fixed();
                int id = varPairs.computeIfAbsent(key, k -> {
                    int fresh = out.freshId();
                    long known = Math.min(range(x.varId()) - x.fixed(), other.range(y.varId()) - y.fixed());
                    if (known > 0) out.packetRange.put(fresh, known);
                    return fresh;
                });
                return new Value.Ptr(x.region(), off, x.frame(), x.mapIndex(), 0, -1, id, 0);
            }
            return new Value.Ptr(x.region(), off, x.frame(), x.mapIndex(), x.nullId(), x.originPc(), x.varId(), x.fixed(),
                    x.refId());
        }
        return Value.UNINIT;
    }

    // ---- text ---------------------------------------------------------------------------------

    /** The registers and initialized stack slots of the current frame, e.g. {@code r0=map_value_or_null(map 0) ...}. */
    String describe() {
        StringBuilder s = new StringBuilder();
        Frame f = top();
        for (int r = 0; r <= 10; r++) {
            if (f.regs[r] instanceof Value.Uninit) continue;
            if (!s.isEmpty()) s.append(", ");
            s.append('r').append(r).append('=').append(f.regs[r]);
        }
        for (int slot = 0; slot < f.spills.length; slot++) {
            int base = slot * 8;
            boolean any = false;
            for (int k = 0; k < 8; k++) any |= f.stack[base + k] != Frame.UNINIT;
            if (!any) continue;
            s.append(", fp").append(base - Frame.STACK_SIZE).append('=');
            if (f.stack[base] == Frame.SPILL) {
                s.append(f.spills[slot]);
            } else {
                for (int k = 0; k < 8; k++) {
                    s.append(switch (f.stack[base + k]) {
                        case Frame.MISC -> 'm';
                        case Frame.ZERO -> '0';
                        case Frame.SPILL -> 's';
                        default -> '?';
                    });
                }
            }
        }
        if (!packetRange.isEmpty()) {
            s.append(", packet: ");
            packetRange.forEach((id, r) -> s.append(id == 0 ? "start" : "var#" + id).append("+").append(r).append(" readable "));
        }
        refs.forEach((id, r) -> s.append(", ref id=").append(id).append(" alloc_insn=").append(r.allocPc()));
        if (frames.size() > 1) s.append(" [frame ").append(frames.size() - 1).append(']');
        return s.toString().strip();
    }
}
