package dev.ringzero.kernel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.IoFunction;
import dev.ringzero.kernel.abi.IoOutput;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.abi.WireWriter;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;
import org.junit.jupiter.api.Test;

/** NtOpenFile and NtWriteFile as frames: replies, and input checked before the driver runs. */
class FileCallsTest {
    final Kernel kernel = IoDispatcherFuzzTest.withNullDevice();
    final IoDispatcher dispatcher = new IoDispatcher(kernel);
    final KernelProcess process = kernel.attach(new Caller(7, 1000, 1000, 1));

    IoFrame.Reply call(int handle, IoCall call) {
        return raw(IoFrame.encodeRequest(call.function(), handle, call.encode()));
    }

    IoFrame.Reply raw(byte[] frame) {
        return IoFrame.decodeReply(dispatcher.handle(process, frame));
    }

    int openNull(int access) {
        IoFrame.Reply r = call(0, new IoCall.OpenFile(access, ObjectAttributes.absolute(NullDriver.DEVICE_NAME, 0)));
        assertThat(r.status()).isEqualTo(NtStatus.SUCCESS.code());
        return IoOutput.HandleValue.decode(r.output()).handle();
    }

    static byte[] writeFrame(int handle, int flags, int length, byte[] bytes) {
        byte[] input = new WireWriter().u32(flags).u32(length).bytes(bytes).toByteArray();
        return IoFrame.encodeRequest(IoFunction.WRITE_FILE, handle, input);
    }

    @Test
    void aWriteRepliesTheStatusAndTheBytesWritten() {
        int h = openNull(AccessMask.GENERIC_WRITE);

        IoFrame.Reply r = call(h, new IoCall.WriteFile(new byte[] {1, 2, 3}));

        assertThat(r.status()).isEqualTo(NtStatus.SUCCESS.code());
        assertThat(IoOutput.IoStatusInformation.decode(r.output()).information()).isEqualTo(3);
    }

    @Test
    void aWriteWithoutABufferReachesTheDriverAsNoBuffer() {
        int h = openNull(AccessMask.GENERIC_WRITE);

        IoFrame.Reply r = call(h, new IoCall.WriteFile(null));

        assertThat(r.status()).isEqualTo(NtStatus.SUCCESS.code());
        assertThat(IoOutput.IoStatusInformation.decode(r.output()).information()).isZero();
    }

    @Test
    void aLengthThatDisagreesWithTheBytesIsInfoLengthMismatch() {
        int h = openNull(AccessMask.GENERIC_WRITE);

        assertThat(raw(writeFrame(h, IoCall.BUFFER_PRESENT, 9, new byte[8])).status())
                .isEqualTo(NtStatus.INFO_LENGTH_MISMATCH.code());
        assertThat(raw(writeFrame(h, IoCall.BUFFER_PRESENT, 7, new byte[8])).status())
                .isEqualTo(NtStatus.INFO_LENGTH_MISMATCH.code());
    }

    @Test
    void bytesWithoutTheBufferFlagAreInvalidParameter() {
        int h = openNull(AccessMask.GENERIC_WRITE);

        assertThat(raw(writeFrame(h, 0, 4, new byte[4])).status()).isEqualTo(NtStatus.INVALID_PARAMETER.code());
    }

    @Test
    void unknownWriteFlagsAreInvalidParameter() {
        int h = openNull(AccessMask.GENERIC_WRITE);

        assertThat(raw(writeFrame(h, 0x3, 0, new byte[0])).status()).isEqualTo(NtStatus.INVALID_PARAMETER.code());
    }

    @Test
    void aHandleWithoutWriteDataIsAccessDenied() {
        int h = openNull(AccessMask.GENERIC_READ);

        assertThat(call(h, new IoCall.WriteFile(new byte[1])).status()).isEqualTo(NtStatus.ACCESS_DENIED.code());
    }

    @Test
    void aWriteToAHandleThatIsNotADeviceIsObjectTypeMismatch() {
        IoFrame.Reply dir = call(0, new IoCall.OpenDirectory(1, ObjectAttributes.absolute("\\Device", 0)));
        int h = IoOutput.HandleValue.decode(dir.output()).handle();

        assertThat(call(h, new IoCall.WriteFile(new byte[1])).status()).isEqualTo(NtStatus.OBJECT_TYPE_MISMATCH.code());
    }

    @Test
    void openingANameThatDoesNotExistIsObjectNameNotFound() {
        IoFrame.Reply r = call(0, new IoCall.OpenFile(AccessMask.GENERIC_WRITE, ObjectAttributes.absolute("\\Device\\Nope", 0)));

        assertThat(r.status()).isEqualTo(NtStatus.OBJECT_NAME_NOT_FOUND.code());
        assertThat(r.output()).isEmpty();
    }
}
