package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.Ace;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.SecurityDescriptor;
import dev.ringzero.kernel.abi.Trustee;
import java.util.ArrayList;
import java.util.List;

/**
 * SeAccessCheck over ringzero's descriptors: the desired access (generic rights mapped, MAXIMUM_ALLOWED
 * resolved) is granted bit by bit walking the DACL in order; a deny entry naming a bit not yet granted
 * refuses the whole request. The owner always has READ_CONTROL | WRITE_DAC.
 */
final class AccessCheck {
    private static final int OWNER_IMPLICIT = AccessMask.READ_CONTROL | AccessMask.WRITE_DAC;

    private AccessCheck() {}

    /** Maps generic bits and checks them against the type's valid mask; returns the mapped mask. */
    static int normalize(int desired, ObjectType type) {
        int mapped = type.genericMapping().map(desired);
        int invalid = mapped & ~(type.validAccessMask() | AccessMask.MAXIMUM_ALLOWED);
        if (invalid != 0) {
            throw new NtStatusException(NtStatus.ACCESS_DENIED, "access " + AccessMask.format(invalid)
                    + " is not valid for type " + type.name() + " (valid: "
                    + AccessMask.format(type.validAccessMask()) + ")");
        }
        return mapped;
    }

    /** The rights granted to {@code caller} for {@code desired}; throws STATUS_ACCESS_DENIED. */
    static int grant(SecurityDescriptor sd, Caller caller, int desired, ObjectType type) {
        int mapped = normalize(desired, type);
        boolean maximum = (mapped & AccessMask.MAXIMUM_ALLOWED) != 0;
        int wanted = mapped & ~AccessMask.MAXIMUM_ALLOWED;
        if (sd == null) {
            return maximum ? type.validAccessMask() : wanted;
        }
        int valid = type.validAccessMask();
        int granted = sd.ownerUid() == caller.uid() ? OWNER_IMPLICIT & valid : 0;
        int denied = 0;
        for (Ace ace : sd.dacl()) {
            if (!applies(ace.trustee(), caller)) {
                continue;
            }
            int bits = type.genericMapping().map(ace.mask()) & valid;
            if (ace.kind() == Ace.Kind.DENY) {
                denied |= bits & ~granted;
            } else {
                granted |= bits & ~denied;
            }
        }
        if (maximum) {
            if ((wanted & ~granted) != 0 || granted == 0) {
                throw denied(caller, wanted, granted, type);
            }
            return granted;
        }
        if ((wanted & ~granted) != 0) {
            throw denied(caller, wanted, granted, type);
        }
        return wanted;
    }

    /** Maps generic bits in the entries, so later checks compare specific rights only. */
    static SecurityDescriptor mapped(SecurityDescriptor sd, ObjectType type) {
        List<Ace> entries = new ArrayList<>(sd.dacl().size());
        for (Ace ace : sd.dacl()) {
            entries.add(new Ace(ace.kind(), ace.trustee(), type.genericMapping().map(ace.mask())));
        }
        return new SecurityDescriptor(sd.ownerUid(), entries);
    }

    private static boolean applies(Trustee trustee, Caller caller) {
        return switch (trustee) {
            case Trustee.User u -> u.uid() == caller.uid();
            case Trustee.Group g -> g.gid() == caller.gid();
            case Trustee.Everyone e -> true;
        };
    }

    private static NtStatusException denied(Caller caller, int wanted, int granted, ObjectType type) {
        return new NtStatusException(NtStatus.ACCESS_DENIED, "uid " + caller.uid() + " wants "
                + AccessMask.format(wanted) + " on a " + type.name() + " but is granted "
                + AccessMask.format(granted));
    }
}
