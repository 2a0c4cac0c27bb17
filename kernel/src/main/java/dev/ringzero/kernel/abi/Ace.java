package dev.ringzero.kernel.abi;

import java.util.Objects;

/**
 * An access control entry: allow or deny {@code mask} to {@code trustee}. Generic bits in the mask are
 * mapped through the object type's generic mapping when the descriptor is assigned to an object.
 */
public record Ace(Kind kind, Trustee trustee, int mask) {
    public enum Kind { ALLOW, DENY }

    public Ace {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trustee, "trustee");
    }

    public static Ace allow(Trustee trustee, int mask) { return new Ace(Kind.ALLOW, trustee, mask); }

    public static Ace deny(Trustee trustee, int mask) { return new Ace(Kind.DENY, trustee, mask); }
}
