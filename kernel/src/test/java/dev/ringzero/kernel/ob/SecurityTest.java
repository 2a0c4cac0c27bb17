package dev.ringzero.kernel.ob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.Ace;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.abi.SecurityDescriptor;
import dev.ringzero.kernel.abi.Trustee;
import org.junit.jupiter.api.Test;

/** Owners and DACLs of named objects, with callers of different users and groups. */
class SecurityTest {
    static final String NAME = "\\BaseNamedObjects\\Secured";
    final Kernel kernel = Kernel.embedded();
    final KernelProcess alice = kernel.attach(new Caller(1, 1000, 100, 1));
    final KernelProcess bob = kernel.attach(new Caller(2, 2000, 200, 1));
    final KernelProcess carol = kernel.attach(new Caller(3, 3000, 100, 1)); // alice's group
    final KernelProcess root = kernel.attach(new Caller(4, 0, 0, 0));

    void create(SecurityDescriptor sd) {
        kernel.dataStacks().create(alice, new ObjectAttributes(NAME, 0, 0, sd), 0, 0, 0);
    }

    NtStatus open(KernelProcess who, int access) {
        try {
            kernel.dataStacks().open(who, access, ObjectAttributes.absolute(NAME, 0));
            return NtStatus.SUCCESS;
        } catch (NtStatusException e) {
            return e.status();
        }
    }

    @Test
    void byDefaultTheCreatorHasFullAccess() {
        create(null);
        assertThat(open(alice, DataStackAccess.ALL_ACCESS)).isEqualTo(NtStatus.SUCCESS);
    }

    @Test
    void byDefaultRootHasFullAccess() {
        create(null);
        assertThat(open(root, DataStackAccess.ALL_ACCESS)).isEqualTo(NtStatus.SUCCESS);
    }

    @Test
    void byDefaultAnotherUserIsDeniedEvenQuery() {
        create(null);
        NtStatus status = open(bob, DataStackAccess.QUERY);
        assertThat(status).isEqualTo(NtStatus.ACCESS_DENIED);
        assertThat(status.win32Error()).isEqualTo(5);
    }

    @Test
    void anotherUserIsDeniedAlsoThroughOpenIf() {
        create(null);
        try {
            kernel.dataStacks().create(bob, ObjectAttributes.absolute(NAME, ObjectAttributes.OPENIF), 0, 0, 0);
        } catch (NtStatusException e) {
            assertThat(e.status()).isEqualTo(NtStatus.ACCESS_DENIED);
            return;
        }
        throw new AssertionError("bob opened alice's stack");
    }

    @Test
    void anEveryoneEntryGrantsItsRightsToAll() {
        create(SecurityDescriptor.of(1000, Ace.allow(Trustee.user(1000), AccessMask.GENERIC_ALL),
                Ace.allow(Trustee.everyone(), AccessMask.GENERIC_READ)));
        assertThat(open(bob, AccessMask.GENERIC_READ)).isEqualTo(NtStatus.SUCCESS);
        assertThat(open(bob, DataStackAccess.PUSH)).isEqualTo(NtStatus.ACCESS_DENIED);
    }

    @Test
    void aGroupEntryGrantsItsMembers() {
        create(SecurityDescriptor.of(1000, Ace.allow(Trustee.group(100), DataStackAccess.PUSH | DataStackAccess.POP)));
        assertThat(open(carol, DataStackAccess.PUSH | DataStackAccess.POP)).isEqualTo(NtStatus.SUCCESS);
        assertThat(open(bob, DataStackAccess.PUSH)).isEqualTo(NtStatus.ACCESS_DENIED);
    }

    @Test
    void aDenyEntryBeforeAnAllowWins() {
        create(SecurityDescriptor.of(1000, Ace.deny(Trustee.user(3000), DataStackAccess.POP),
                Ace.allow(Trustee.group(100), AccessMask.GENERIC_ALL)));
        assertThat(open(carol, DataStackAccess.POP)).isEqualTo(NtStatus.ACCESS_DENIED);
        assertThat(open(carol, DataStackAccess.PUSH)).isEqualTo(NtStatus.SUCCESS);
    }

    @Test
    void aDenyEntryAfterAnAllowOfTheSameBitsHasNoEffect() {
        create(SecurityDescriptor.of(1000, Ace.allow(Trustee.everyone(), DataStackAccess.QUERY),
                Ace.deny(Trustee.user(2000), DataStackAccess.QUERY)));
        assertThat(open(bob, DataStackAccess.QUERY)).isEqualTo(NtStatus.SUCCESS);
    }

    @Test
    void anEmptyDaclLeavesTheOwnerOnlyReadControlAndWriteDac() {
        create(SecurityDescriptor.of(1000));
        assertThat(open(alice, AccessMask.READ_CONTROL | AccessMask.WRITE_DAC)).isEqualTo(NtStatus.SUCCESS);
        assertThat(open(alice, DataStackAccess.QUERY)).isEqualTo(NtStatus.ACCESS_DENIED);
        assertThat(open(root, DataStackAccess.QUERY)).isEqualTo(NtStatus.ACCESS_DENIED);
    }

    @Test
    void maximumAllowedGrantsWhatTheEntriesAllow() {
        create(SecurityDescriptor.of(1000, Ace.allow(Trustee.everyone(), DataStackAccess.QUERY | AccessMask.SYNCHRONIZE)));
        int h = kernel.dataStacks().open(bob, AccessMask.MAXIMUM_ALLOWED, ObjectAttributes.absolute(NAME, 0));
        assertThat(bob.handles().get(h).grantedAccess()).isEqualTo(DataStackAccess.QUERY | AccessMask.SYNCHRONIZE);
    }

    @Test
    void maximumAllowedWithNothingGrantedIsDenied() {
        create(null);
        assertThat(open(bob, AccessMask.MAXIMUM_ALLOWED)).isEqualTo(NtStatus.ACCESS_DENIED);
    }

    @Test
    void anUnnamedDataStackHasTheDefaultSecurityBecauseTheTypeRequiresIt() {
        int h = kernel.dataStacks().create(alice, ObjectAttributes.UNNAMED, 0, 0, 0).handle();
        int query = kernel.objects().duplicate(alice, h, DataStackAccess.QUERY, 0, 0);
        assertThat(kernel.objectManager().duplicate(alice, query, alice, DataStackAccess.PUSH, false, 0)).isPositive();
        try {
            kernel.objectManager().duplicate(alice, query, bob, DataStackAccess.PUSH, false, 0);
            throw new AssertionError("bob was granted PUSH beyond the handle and the descriptor");
        } catch (NtStatusException e) {
            assertThat(e.status()).isEqualTo(NtStatus.ACCESS_DENIED);
        }
    }

    @Test
    void anUnnamedEventHasNoSecuritySoADuplicateMayWidenItsAccess() {
        int h = kernel.events().create(alice, dev.ringzero.kernel.abi.EventAccess.QUERY_STATE | AccessMask.SYNCHRONIZE,
                ObjectAttributes.UNNAMED, dev.ringzero.kernel.abi.EventType.NOTIFICATION, false).handle();
        int wide = kernel.objectManager().duplicate(alice, h, bob, dev.ringzero.kernel.abi.EventAccess.ALL_ACCESS, false, 0);
        kernel.events().set(bob, wide);
        assertThat(kernel.objects().waitForSingle(alice, h, 0).isSatisfied()).isTrue();
    }

    @Test
    void aStrangerCanUseAHandleDuplicatedForIt() {
        int h = kernel.dataStacks().create(alice, ObjectAttributes.absolute(NAME, 0), 0, 0, 0).handle();
        int given = kernel.objectManager().duplicate(alice, h, bob, DataStackAccess.PUSH, false, 0);
        kernel.dataStacks().push(bob, given, new byte[] {1}, 1);
        assertThat(kernel.dataStacks().pop(alice, h, true, 1).item()).containsExactly(1);
    }
}
