package dev.ringzero.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.booster.BoostReport;
import dev.ringzero.kernel.booster.BoosterDevice;
import dev.ringzero.kernel.booster.ThreadData;
import dev.ringzero.kernel.booster.WriteResult;
import dev.ringzero.kernel.ob.Caller;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Booster device through the whole stack, embedded and as IOCTL frames through the dispatcher:
 * CreateFile("\\.\Booster") and WriteFile change a real thread's scheduling, read back from /proc.
 */
@ParameterizedClass
@EnumSource(Transport.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BoosterTest {
    final Transport transport;
    final Kernel kernel = Kernel.embedded();
    final Caller me = Caller.ofThisProcess();
    final NativeApi api;
    final SleepingChild child;

    BoosterTest(Transport transport) throws Exception {
        this.transport = transport;
        this.api = transport.connect(kernel, me);
        this.child = new SleepingChild();
    }

    @AfterEach
    void stopChild() {
        child.close();
    }

    static NtStatus failure(Runnable call) {
        try {
            call.run();
        } catch (NtStatusException e) {
            return e.status();
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void setPriorityLowersARealThreadsNiceValue() throws Exception {
        try (Booster booster = Booster.open(api)) {
            WriteResult result = booster.setPriority(child.tid(), 4);

            assertThat(result).isEqualTo(WriteResult.success(ThreadData.SIZE));
            assertThat(child.nice()).isEqualTo(11);
            assertThat(child.policy()).isZero();
        }
    }

    @Test
    void setPriorityPutsARealThreadOnRoundRobinWhenTheCallerIsPrivileged() throws Exception {
        assumeTrue(me.isRoot(), "real-time needs root (or CAP_SYS_NICE)");
        try (Booster booster = Booster.open(api)) {
            booster.setPriority(child.tid(), 26);

            assertThat(child.policy()).as("SCHED_RR").isEqualTo(2);
            assertThat(child.rtPriority()).isEqualTo(11);
        }
    }

    @Test
    void aPriorityOutsideOneToThirtyOneIsInvalidParameter() throws Exception {
        try (Booster booster = Booster.open(api)) {
            assertThat(failure(() -> booster.setPriority(child.tid(), 32))).isEqualTo(NtStatus.INVALID_PARAMETER);
            assertThat(failure(() -> booster.setPriority(child.tid(), 0))).isEqualTo(NtStatus.INVALID_PARAMETER);
            assertThat(child.nice()).isZero();
        }
    }

    @Test
    void anUnknownThreadIsInvalidCid() {
        try (Booster booster = Booster.open(api)) {
            assertThat(failure(() -> booster.setPriority(-1, 8))).isEqualTo(NtStatus.INVALID_CID);
        }
    }

    @Test
    void aBufferOfTheWrongSizeGetsTheDevicesStatus() {
        try (Booster booster = Booster.open(api)) {
            assertThat(booster.write(new byte[4])).isEqualTo(WriteResult.failure(NtStatus.BUFFER_TOO_SMALL));
            assertThat(booster.write(new byte[12])).isEqualTo(WriteResult.failure(NtStatus.INVALID_BUFFER_SIZE));
            assertThat(booster.write(null)).isEqualTo(WriteResult.failure(NtStatus.INVALID_PARAMETER));
        }
    }

    @Test
    void aHandleOpenedForReadingCannotWrite() throws Exception {
        HandleResult opened = api.ntOpenFile(AccessMask.GENERIC_READ, ObjectAttributes.absolute("\\??\\Booster", 0));
        assertThat(opened.status()).isEqualTo(NtStatus.SUCCESS);

        IoStatusBlock completion = api.ntWriteFile(opened.handle(), new ThreadData(child.tid(), 4).encode());

        assertThat(completion).isEqualTo(IoStatusBlock.of(NtStatus.ACCESS_DENIED));
        assertThat(child.nice()).isZero();
    }

    @Test
    void theDeviceOpensByItsNtNameToo() throws Exception {
        HandleResult opened = api.ntOpenFile(AccessMask.GENERIC_WRITE, ObjectAttributes.absolute(BoosterDevice.DEVICE_NAME, 0));

        IoStatusBlock completion = api.ntWriteFile(opened.handle(), new ThreadData(child.tid(), 6).encode());

        assertThat(completion).isEqualTo(new IoStatusBlock(NtStatus.SUCCESS, ThreadData.SIZE));
        assertThat(child.nice()).isEqualTo(6);
    }

    @Test
    void theKernelChecksTheIdentityOfTheProcessThatWrites() throws Exception {
        NativeApi anotherUser = transport.connect(kernel, new Caller(me.pid() + 1, me.uid() + 1, me.gid(), 0));
        try (Booster booster = Booster.open(anotherUser)) {
            assertThat(failure(() -> booster.setPriority(child.tid(), 4))).isEqualTo(NtStatus.ACCESS_DENIED);
            assertThat(child.nice()).isZero();
        }
    }

    @Test
    void theArticlesClientPrintsSuccessAndThePrioritiesBeforeAndAfter() {
        try (Booster booster = Booster.open(api)) {
            BoostReport report = booster.client().boost(child.tid(), 4);

            assertThat(report.text()).isEqualTo("""
                    Success!!
                    before: 8 (SCHED_OTHER, nice 0)
                    after: 4 (SCHED_OTHER, nice 11)
                    """);
        }
    }

    @Test
    void withoutTheDriverTheDeviceIsNotFound() {
        kernel.unloadDriver("Booster");

        assertThat(failure(() -> Booster.open(api))).isEqualTo(NtStatus.OBJECT_NAME_NOT_FOUND);
    }

    @Test
    void aClosedHandleWritesNothing() {
        Booster booster = Booster.open(api);
        booster.close();

        assertThat(booster.write(new ThreadData(child.tid(), 4).encode())).isEqualTo(WriteResult.failure(NtStatus.INVALID_HANDLE));
    }
}
