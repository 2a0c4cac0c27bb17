package dev.ringzero.kernel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.IoFunction;
import dev.ringzero.kernel.abi.IoOutput;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.abi.WireWriter;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The IOCTL layer: framing, size checks before dispatch, and each call's reply shape. */
class IoDispatcherTest {
    final Kernel kernel = Kernel.embedded();
    final IoDispatcher dispatcher = new IoDispatcher(kernel);
    final KernelProcess process = kernel.attach(new Caller(7, 1000, 1000, 1));

    IoFrame.Reply call(int handle, IoCall call) {
        byte[] reply = dispatcher.handle(process, IoFrame.encodeRequest(call.function(), handle, call.encode()));
        return IoFrame.decodeReply(reply);
    }

    IoFrame.Reply raw(byte[] frame) {
        return IoFrame.decodeReply(dispatcher.handle(process, frame));
    }

    int createStack(String name) {
        IoFrame.Reply r = call(0, new IoCall.CreateDataStack(ObjectAttributes.absolute(name, ObjectAttributes.OPENIF), 0, 0, 0));
        return IoOutput.HandleValue.decode(r.output()).handle();
    }

    @Test
    void createPushAndPopRoundTrip() {
        int h = createStack("\\BaseNamedObjects\\Wire");
        assertThat(call(h, new IoCall.PushDataStack(IoCall.BUFFER_PRESENT, 5, "hello".getBytes())).status()).isZero();
        IoFrame.Reply pop = call(h, new IoCall.PopDataStack(IoCall.BUFFER_PRESENT, 64));
        assertThat(pop.status()).isEqualTo(NtStatus.SUCCESS.code());
        assertThat(new String(IoOutput.PoppedItem.decode(pop.output()).item())).isEqualTo("hello");
    }

    @Test
    void openIfOfAnExistingNameRepliesNameExistsWithAHandle() {
        createStack("\\BaseNamedObjects\\Twice");
        IoFrame.Reply r = call(0, new IoCall.CreateDataStack(ObjectAttributes.absolute("\\BaseNamedObjects\\Twice",
                ObjectAttributes.OPENIF), 0, 0, 0));
        assertThat(r.status()).isEqualTo(NtStatus.OBJECT_NAME_EXISTS.code());
        assertThat(IoOutput.HandleValue.decode(r.output()).handle()).isPositive();
    }

    @Test
    void aTooSmallPopRepliesTheItemSize() {
        int h = createStack("\\BaseNamedObjects\\Small");
        call(h, new IoCall.PushDataStack(IoCall.BUFFER_PRESENT, 10, new byte[10]));
        IoFrame.Reply r = call(h, new IoCall.PopDataStack(IoCall.BUFFER_PRESENT, 3));
        assertThat(r.status()).isEqualTo(NtStatus.BUFFER_TOO_SMALL.code());
        assertThat(IoOutput.PoppedItem.decode(r.output()).itemSize()).isEqualTo(10);
    }

    @Test
    void aQueryRepliesTheReturnLengthAndInformation() {
        int h = createStack("\\BaseNamedObjects\\Q");
        IoFrame.Reply r = call(h, new IoCall.QueryDataStack(2, IoCall.BUFFER_PRESENT | IoCall.RETURN_LENGTH_PRESENT, 16));
        IoOutput.Information info = IoOutput.Information.decode(r.output());
        assertThat(info.returnLength()).isEqualTo(16);
        assertThat(info.information()).hasSize(16);
    }

    @Test
    void aWaitRepliesWaitObject0PlusTheIndexAsItsStatus() {
        IoFrame.Reply e1 = call(0, new IoCall.CreateEvent(AccessMask.GENERIC_ALL, EventType.NOTIFICATION, false, ObjectAttributes.UNNAMED));
        IoFrame.Reply e2 = call(0, new IoCall.CreateEvent(AccessMask.GENERIC_ALL, EventType.NOTIFICATION, true, ObjectAttributes.UNNAMED));
        int[] handles = {IoOutput.HandleValue.decode(e1.output()).handle(), IoOutput.HandleValue.decode(e2.output()).handle()};
        assertThat(call(0, new IoCall.WaitForMultiple(handles, false, 0)).status()).isEqualTo(1);
        assertThat(call(0, new IoCall.WaitForMultiple(handles, true, 0)).status()).isEqualTo(NtStatus.TIMEOUT.code());
    }

    @Test
    void queryProcessReportsTheTransportsCallerNotTheRequest() {
        IoOutput.ProcessInformation info = IoOutput.ProcessInformation.decode(call(0, new IoCall.QueryProcess()).output());
        assertThat(info).isEqualTo(new IoOutput.ProcessInformation(7, 1000, 1000, 1));
    }

    @Test
    void closeThroughTheWireClosesTheHandle() {
        int h = createStack("\\BaseNamedObjects\\C");
        assertThat(call(h, new IoCall.Close()).status()).isZero();
        assertThat(call(h, new IoCall.Close()).status()).isEqualTo(NtStatus.INVALID_HANDLE.code());
    }

    @Test
    void anUnknownFunctionIsAnInvalidDeviceRequest() {
        byte[] frame = new WireWriter().u16(IoFrame.VERSION).u16(0x7F).u32(0).u32(0).toByteArray();
        assertThat(raw(frame).status()).isEqualTo(NtStatus.INVALID_DEVICE_REQUEST.code());
    }

    @Test
    void anotherVersionIsARevisionMismatch() {
        byte[] frame = new WireWriter().u16(2).u16(IoFunction.CLOSE.code()).u32(4).u32(0).toByteArray();
        assertThat(raw(frame).status()).isEqualTo(NtStatus.REVISION_MISMATCH.code());
    }

    @Test
    void aFrameShorterThanItsHeaderIsALengthMismatch() {
        assertThat(raw(new byte[5]).status()).isEqualTo(NtStatus.INFO_LENGTH_MISMATCH.code());
    }

    @Test
    void aFrameLongerOrShorterThanAnnouncedIsALengthMismatch() {
        byte[] frame = IoFrame.encodeRequest(IoFunction.POP_DATASTACK, 4, new IoCall.PopDataStack(1, 4).encode());
        assertThat(raw(Arrays.copyOf(frame, frame.length - 1)).status()).isEqualTo(NtStatus.INFO_LENGTH_MISMATCH.code());
        assertThat(raw(Arrays.copyOf(frame, frame.length + 1)).status()).isEqualTo(NtStatus.INFO_LENGTH_MISMATCH.code());
    }

    @Test
    void anInputTooShortForItsFunctionIsBufferTooSmallBeforeAnyHandleIsLookedAt() {
        byte[] frame = IoFrame.encodeRequest(IoFunction.POP_DATASTACK, 0x1234, new byte[3]);
        assertThat(raw(frame).status()).isEqualTo(NtStatus.BUFFER_TOO_SMALL.code());
    }

    @Test
    void trailingInputBytesAreALengthMismatch() {
        byte[] frame = IoFrame.encodeRequest(IoFunction.CLEAR_DATASTACK, 4, new byte[1]);
        assertThat(raw(frame).status()).isEqualTo(NtStatus.INFO_LENGTH_MISMATCH.code());
    }

    @Test
    void aNameThatIsNotUtf8IsAnInvalidName() {
        byte[] input = new WireWriter().u32(0).u32(0).u32(2).u8(0xC3).u8(0x28).u8(0).u32(0).u32(0).u64(0).toByteArray();
        byte[] frame = IoFrame.encodeRequest(IoFunction.CREATE_DATASTACK, 0, input);
        assertThat(raw(frame).status()).isEqualTo(NtStatus.OBJECT_NAME_INVALID.code());
    }

    @Test
    void anAbsurdAceCountIsRefusedBeforeAllocating() {
        byte[] input = new WireWriter().u32(0).u32(0).u32(0).u8(1).u32(1000).u32(0x7FFF_FFFF).toByteArray();
        byte[] frame = IoFrame.encodeRequest(IoFunction.OPEN_DATASTACK, 0, new WireWriter().u32(1).bytes(input).toByteArray());
        assertThat(raw(frame).status()).isEqualTo(NtStatus.INVALID_PARAMETER.code());
    }

    @Test
    void unknownFlagBitsAreInvalidParameter() {
        int h = createStack("\\BaseNamedObjects\\Flags");
        assertThat(call(h, new IoCall.PopDataStack(0x100 | IoCall.BUFFER_PRESENT, 8)).status())
                .isEqualTo(NtStatus.INVALID_PARAMETER.code());
    }

    @Test
    void anAbsurdHandleCountIsRefusedBeforeAllocating() {
        byte[] input = new WireWriter().u32(0).u64(0).u32(0x7FFF_FFFF).toByteArray();
        byte[] frame = IoFrame.encodeRequest(IoFunction.WAIT_FOR_MULTIPLE, 0, input);
        assertThat(raw(frame).status()).isEqualTo(NtStatus.BUFFER_TOO_SMALL.code());
    }
}
