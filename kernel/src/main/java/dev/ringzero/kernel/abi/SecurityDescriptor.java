package dev.ringzero.kernel.abi;

import java.util.List;
import java.util.Objects;

/**
 * The security of a named object: its owner and its discretionary ACL, evaluated in order (deny
 * entries placed before allow entries take effect first, as on Windows). An empty DACL grants
 * nothing to anyone but the owner's implicit READ_CONTROL | WRITE_DAC.
 */
public record SecurityDescriptor(int ownerUid, List<Ace> dacl) {
    public SecurityDescriptor {
        dacl = List.copyOf(Objects.requireNonNull(dacl, "dacl"));
    }

    /** The default for a new named object: the creator and root (uid 0) get GENERIC_ALL, others nothing. */
    public static SecurityDescriptor defaultFor(int creatorUid) {
        return new SecurityDescriptor(creatorUid, List.of(
                Ace.allow(Trustee.user(creatorUid), AccessMask.GENERIC_ALL),
                Ace.allow(Trustee.user(0), AccessMask.GENERIC_ALL)));
    }

    /** A descriptor owned by {@code ownerUid} with the given entries. */
    public static SecurityDescriptor of(int ownerUid, Ace... entries) {
        return new SecurityDescriptor(ownerUid, List.of(entries));
    }
}
