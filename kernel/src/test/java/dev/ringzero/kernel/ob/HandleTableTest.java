package dev.ringzero.kernel.ob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.datastack.DataStack;
import org.junit.jupiter.api.Test;

/** Handles: values, access, inheritance, duplication, close, and reference counts. */
class HandleTableTest {
    final Kernel kernel = Kernel.embedded();
    final KernelProcess process = kernel.attach(new Caller(1, 1000, 1000, 1));

    int unnamedStack() {
        return kernel.dataStacks().create(process, ObjectAttributes.UNNAMED, 0, 0, 0).handle();
    }

    NtStatus statusOf(Runnable call) {
        try {
            call.run();
            return NtStatus.SUCCESS;
        } catch (NtStatusException e) {
            return e.status();
        }
    }

    @Test
    void handleValuesAreMultiplesOfFourStartingAtFour() {
        assertThat(new int[] {unnamedStack(), unnamedStack(), unnamedStack()}).containsExactly(4, 8, 12);
    }

    @Test
    void aClosedValueIsReusedLowestFirst() {
        unnamedStack();
        int b = unnamedStack();
        unnamedStack();
        kernel.objects().close(process, b);
        assertThat(unnamedStack()).isEqualTo(b);
    }

    @Test
    void closingTwiceIsAnInvalidHandle() {
        int h = unnamedStack();
        kernel.objects().close(process, h);
        NtStatus status = statusOf(() -> kernel.objects().close(process, h));
        assertThat(status).isEqualTo(NtStatus.INVALID_HANDLE);
        assertThat(status.win32Error()).isEqualTo(6);
    }

    @Test
    void valuesThatAreNotMultiplesOfFourAreNeverHandles() {
        unnamedStack();
        assertThat(statusOf(() -> kernel.objects().close(process, 5))).isEqualTo(NtStatus.INVALID_HANDLE);
        assertThat(statusOf(() -> kernel.objects().close(process, 0))).isEqualTo(NtStatus.INVALID_HANDLE);
        assertThat(statusOf(() -> kernel.objects().close(process, -4))).isEqualTo(NtStatus.INVALID_HANDLE);
    }

    @Test
    void handlesBelongToTheirProcess() {
        int h = unnamedStack();
        KernelProcess other = kernel.attach(new Caller(2, 1000, 1000, 1));
        assertThat(statusOf(() -> kernel.dataStacks().clear(other, h))).isEqualTo(NtStatus.INVALID_HANDLE);
    }

    @Test
    void theInheritFlagIsRecorded() {
        int h = kernel.dataStacks().create(process, new ObjectAttributes(null, 0, ObjectAttributes.INHERIT, null), 0, 0, 0).handle();
        assertThat(process.handles().get(h).inherit()).isTrue();
        assertThat(process.handles().get(unnamedStack()).inherit()).isFalse();
    }

    @Test
    void duplicateWithSameAccessCopiesTheGrantedAccess() {
        int h = unnamedStack();
        int copy = kernel.objects().duplicate(process, h, 0, 0, 2);
        assertThat(process.handles().get(copy).grantedAccess()).isEqualTo(DataStackAccess.ALL_ACCESS);
        assertThat(process.handles().get(copy).object()).isSameAs(process.handles().get(h).object());
    }

    @Test
    void duplicateMayNarrowTheAccess() {
        int h = unnamedStack();
        int narrow = kernel.objects().duplicate(process, h, DataStackAccess.QUERY, 0, 0);
        assertThat(process.handles().get(narrow).grantedAccess()).isEqualTo(DataStackAccess.QUERY);
        assertThat(statusOf(() -> kernel.dataStacks().push(process, narrow, new byte[1], 1))).isEqualTo(NtStatus.ACCESS_DENIED);
    }

    @Test
    void duplicateCannotWidenBeyondWhatTheSecurityGrants() {
        int owner = kernel.dataStacks().create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\D", 0), 0, 0, 0).handle();
        KernelProcess stranger = kernel.attach(new Caller(3, 2000, 2000, 1));
        // a stranger cannot open it; the owner narrows a handle and tries to widen it again for itself: allowed (owner)
        int narrow = kernel.objects().duplicate(process, owner, DataStackAccess.QUERY, 0, 0);
        assertThat(kernel.objects().duplicate(process, narrow, DataStackAccess.PUSH, 0, 0)).isPositive();
        assertThat(statusOf(() -> kernel.dataStacks().open(stranger, DataStackAccess.QUERY,
                ObjectAttributes.absolute("\\BaseNamedObjects\\D", 0)))).isEqualTo(NtStatus.ACCESS_DENIED);
    }

    @Test
    void duplicateWithCloseSourceClosesTheSource() {
        int h = unnamedStack();
        int moved = kernel.objects().duplicate(process, h, 0, 0, 3);
        assertThat(process.handles().get(h)).isNull();
        assertThat(process.handles().get(moved)).isNotNull();
    }

    @Test
    void terminatingAProcessClosesAllItsHandles() {
        for (int i = 0; i < 10; i++) {
            unnamedStack();
        }
        process.terminate();
        assertThat(process.handles().count()).isZero();
        assertThat(kernel.dataStacks().type().totalHandles()).isZero();
        assertThat(kernel.dataStacks().type().totalObjects()).isZero();
    }

    @Test
    void aTerminatedProcessGetsNoNewHandlesAndLeaksNothing() {
        process.terminate();
        assertThat(statusOf(this::unnamedStack)).isEqualTo(NtStatus.PROCESS_IS_TERMINATING);
        assertThat(kernel.dataStacks().type().totalObjects()).isZero();
        assertThat(kernel.dataStacks().type().totalHandles()).isZero();
    }

    @Test
    void handleAndObjectCountsReturnToZeroAfterCloses() {
        int[] handles = new int[50];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = kernel.dataStacks().create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\S" + (i % 5),
                    ObjectAttributes.OPENIF), 0, 0, 0).handle();
        }
        assertThat(kernel.dataStacks().type().totalObjects()).isEqualTo(5);
        assertThat(kernel.dataStacks().type().totalHandles()).isEqualTo(50);
        for (int h : handles) {
            kernel.objects().close(process, h);
        }
        assertThat(kernel.dataStacks().type().totalObjects()).isZero();
        assertThat(kernel.dataStacks().type().totalHandles()).isZero();
        assertThat(kernel.dataStacks().type().highWaterHandles()).isEqualTo(50);
        assertThat(process.handles().count()).isZero();
        assertThat(kernel.objectManager().list("\\BaseNamedObjects")).extracting(DirectoryEntry::typeName)
                .doesNotContain("DataStack");
    }

    @Test
    void aPointerReferenceKeepsTheObjectAliveAfterItsLastHandleCloses() {
        int h = unnamedStack();
        ObjectReference<DataStack> ref = kernel.objectManager().referenceByHandle(process, h, 0,
                kernel.dataStacks().type(), DataStack.class);
        ref.body().push(new byte[] {1});
        kernel.objects().close(process, h);
        assertThat(kernel.dataStacks().type().totalObjects()).isEqualTo(1);
        assertThat(ref.body().count()).isEqualTo(1);
        ref.close();
        assertThat(kernel.dataStacks().type().totalObjects()).isZero();
        assertThat(ref.body().count()).isZero(); // the delete procedure ran
    }

    @Test
    void eachHandleHoldsOnePointerReference() {
        int h = unnamedStack();
        int h2 = kernel.objects().duplicate(process, h, 0, 0, 2);
        ObjectHeader header = process.handles().get(h).object();
        assertThat(header.pointerCount()).isEqualTo(2);
        assertThat(header.handleCount()).isEqualTo(2);
        kernel.objects().close(process, h2);
        assertThat(header.pointerCount()).isEqualTo(1);
    }

    @Test
    void maximumAllowedGrantsEverythingTheSecurityAllows() {
        kernel.dataStacks().create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\M", 0), 0, 0, 0);
        int h = kernel.dataStacks().open(process, AccessMask.MAXIMUM_ALLOWED, ObjectAttributes.absolute("\\BaseNamedObjects\\M", 0));
        assertThat(process.handles().get(h).grantedAccess()).isEqualTo(DataStackAccess.ALL_ACCESS);
    }
}
