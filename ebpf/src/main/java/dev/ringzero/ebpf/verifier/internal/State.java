package dev.ringzero.ebpf.verifier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The abstract state on one path: the call frames and what is known about the packet's length. */
final class State {
    final List<Frame> frames;
    /** Packet bytes known to exist past the base of each variable part (0: the packet's start). */
    final Map<Integer, Long> packetRange;
    int nextId;

    State(Frame first) {
        this.frames = new ArrayList<>(List.of(first));
        this.packetRange = new HashMap<>();
        this.nextId = 1;
    }

    private State(State other) {
        this.frames = new ArrayList<>(other.frames.size());
        for (Frame f : other.frames) {
            frames.add(f.copy());
        }
        this.packetRange = new HashMap<>(other.packetRange);
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

    /** Applies {@code f} to every register and spilled slot of every frame. */
    void replaceAll(java.util.function.UnaryOperator<Value> f) {
        for (Frame frame : frames) {
            for (int r = 0; r < frame.regs.length; r++) {
                frame.regs[r] = f.apply(frame.regs[r]);
            }
            for (int s = 0; s < frame.spills.length; s++) {
                if (frame.spills[s] != null) {
                    frame.spills[s] = f.apply(frame.spills[s]);
                }
            }
        }
    }

    // ---- subsumption ----------------------------------------------------------------------------

    /**
     * Whether every concrete state this state describes is also described by {@code old}, so that a
     * path found safe from {@code old} is safe from here. Ids (null checks, packet variable parts)
     * must correspond one to one.
     */
    boolean within(State old) {
        if (old.frames.size() != frames.size()) return false;
        Map<Integer, Integer> nullIds = new HashMap<>();
        Map<Integer, Integer> varIds = new HashMap<>();
        varIds.put(0, 0);
        for (int i = 0; i < frames.size(); i++) {
            Frame a = frames.get(i), b = old.frames.get(i);
            if (a.returnPc != b.returnPc || a.function != b.function) return false;
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
        if (frames.size() > 1) s.append(" [frame ").append(frames.size() - 1).append(']');
        return s.toString().strip();
    }
}
