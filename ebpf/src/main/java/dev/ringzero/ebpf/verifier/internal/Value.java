package dev.ringzero.ebpf.verifier.internal;

import java.util.Objects;

/** The abstract value of a register or of a spilled stack slot. */
public sealed interface Value {

    Value UNINIT = new Uninit();

    /** Never written on this path: reading it is an error. */
    record Uninit() implements Value {
        @Override
        public String toString() { return "uninit"; }
    }

    /**
     * A number. {@code link}, when present, says the number equals the distance from a packet
     * pointer to the packet's end (it came from {@code packet_end - pointer}), which lets a length
     * bounded by it be trusted (eBPF for Windows only: Linux forgets the relation). Registers with the
     * same non-zero {@code id} hold the same number (a copy), so a comparison refines them together.
     */
    record Num(Scalar scalar, PacketLink link, int id) implements Value {
        public Num {
            Objects.requireNonNull(scalar, "scalar");
        }

        public Num(Scalar scalar) {
            this(scalar, null, 0);
        }

        Num withScalar(Scalar s) {
            return new Num(s, link, id);
        }

        @Override
        public String toString() {
            return "scalar " + scalar + (link == null ? "" : " (= packet_end - packet" + PacketLink.offset(link) + ")");
        }
    }

    /** {@code value == packet_end - (base of variable part varId + fixed)}. */
    record PacketLink(int varId, long fixed) {
        static String offset(PacketLink l) {
            return (l.varId == 0 ? "" : "#" + l.varId) + (l.fixed == 0 ? "" : (l.fixed > 0 ? " + " : " - ") + Math.abs(l.fixed));
        }
    }

    /**
     * A pointer.
     *
     * @param region what it points into
     * @param off its offset from the region's start (for the stack, from the frame's top: negative)
     * @param frame the call frame whose stack it points into (stack pointers only)
     * @param mapIndex the map (map values and map pointers), else -1
     * @param nullId non-zero when the pointer may be NULL: copies share the id and are checked together
     * @param originPc the helper call that produced a maybe-NULL pointer (for messages)
     * @param varId packet pointers: the identity of the variable part of the offset (0: none)
     * @param fixed packet pointers: the constant added since that variable part
     * @param refId non-zero for memory the program holds a reference to (a ring buffer reservation): the key of
     *     {@link State#refs}; every copy carries it, and releasing the reference invalidates them all
     */
    record Ptr(Region region, Scalar off, int frame, int mapIndex, int nullId, int originPc, int varId, long fixed,
               int refId) implements Value {
        public Ptr {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(off, "off");
        }

        public Ptr(Region region, Scalar off, int frame, int mapIndex, int nullId, int originPc, int varId, long fixed) {
            this(region, off, frame, mapIndex, nullId, originPc, varId, fixed, 0);
        }

        static Ptr of(Region region, long off) {
            return new Ptr(region, Scalar.constant(off), 0, -1, 0, -1, 0, off);
        }

        public boolean maybeNull() { return nullId != 0; }

        Ptr withOff(Scalar newOff, int newVarId, long newFixed) {
            return new Ptr(region, newOff, frame, mapIndex, nullId, originPc, newVarId, newFixed, refId);
        }

        Ptr nonNull() {
            // originPc stays: it names which lookup the (now checked) value came from, the identity of its spin lock
            return new Ptr(region, off, frame, mapIndex, 0, originPc, varId, fixed, refId);
        }

        @Override
        public String toString() {
            // a map-of-maps lookup's result is the kernel's map_value_or_null until its NULL check
            String name = maybeNull() ? (region == Region.MAP_PTR ? "map_value" : region.display()) + "_or_null"
                    : region.display();
            StringBuilder s = new StringBuilder(name);
            if (region == Region.MAP_VALUE || region == Region.MAP_PTR) s.append("(map ").append(mapIndex).append(')');
            if (region == Region.STACK && frame > 0) s.append("(frame ").append(frame).append(')');
            if (region != Region.MAP_PTR && region != Region.PACKET_END) s.append(" off=").append(off);
            if (region == Region.PACKET && varId != 0) s.append(" var#").append(varId).append("+").append(fixed);
            if (maybeNull()) s.append(" id=").append(nullId);
            if (refId != 0) s.append(" ref_obj_id=").append(refId);
            return s.toString();
        }
    }

    static Num scalar(Scalar s) {
        return new Num(s);
    }

    static Num unknown() {
        return new Num(Scalar.UNKNOWN);
    }
}
