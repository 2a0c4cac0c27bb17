package dev.ringzero.kernel.abi;

/** Whom an access control entry applies to: one user, one group, or everyone. */
public sealed interface Trustee {
    record User(int uid) implements Trustee {}

    record Group(int gid) implements Trustee {}

    record Everyone() implements Trustee {}

    static Trustee user(int uid) { return new User(uid); }

    static Trustee group(int gid) { return new Group(gid); }

    static Trustee everyone() { return new Everyone(); }
}
