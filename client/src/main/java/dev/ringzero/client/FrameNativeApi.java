package dev.ringzero.client;

import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.IoOutput;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;

/**
 * The native API packing each call into an IOCTL frame (the articles' NtDeviceIoControlFile calls) and
 * unpacking the reply. Client-side checks that need the caller's buffer (a size larger than the buffer)
 * happen here, as NtDll's probing would; everything else is the kernel's to decide.
 */
public final class FrameNativeApi implements NativeApi {
    private final FrameTransport transport;

    public FrameNativeApi(FrameTransport transport) {
        this.transport = transport;
    }

    private IoFrame.Reply call(int handle, IoCall call) {
        byte[] reply = transport.roundTrip(IoFrame.encodeRequest(call.function(), handle, call.encode()));
        return IoFrame.decodeReply(reply);
    }

    private static NtStatus status(IoFrame.Reply reply) {
        return NtStatus.fromCode(reply.status()).orElse(NtStatus.UNSUCCESSFUL);
    }

    private HandleResult handleCall(IoCall call) {
        IoFrame.Reply reply = call(0, call);
        NtStatus status = status(reply);
        return status.isSuccess() ? new HandleResult(status, IoOutput.HandleValue.decode(reply.output()).handle())
                : HandleResult.failed(status);
    }

    @Override
    public ProcessInformation ntQueryProcess() {
        IoFrame.Reply reply = call(0, new IoCall.QueryProcess());
        if (!status(reply).isSuccess()) {
            throw new NtStatusException(status(reply), "the kernel refused to identify this process");
        }
        IoOutput.ProcessInformation p = IoOutput.ProcessInformation.decode(reply.output());
        return new ProcessInformation(p.pid(), p.uid(), p.gid(), p.session());
    }

    @Override
    public HandleResult ntCreateDataStack(ObjectAttributes attributes, int maxItemSize, int maxItemCount, long maxSize) {
        return handleCall(new IoCall.CreateDataStack(attributes, maxItemSize, maxItemCount, maxSize));
    }

    @Override
    public HandleResult ntOpenDataStack(int desiredAccess, ObjectAttributes attributes) {
        return handleCall(new IoCall.OpenDataStack(desiredAccess, attributes));
    }

    @Override
    public NtStatus ntPushDataStack(int handle, byte[] item, int itemSize) {
        if (item != null && Integer.toUnsignedLong(itemSize) > item.length) {
            return NtStatus.INVALID_BUFFER_SIZE;
        }
        byte[] payload = item == null ? new byte[0]
                : (itemSize == item.length ? item : java.util.Arrays.copyOf(item, itemSize));
        return status(call(handle, new IoCall.PushDataStack(item == null ? 0 : IoCall.BUFFER_PRESENT, itemSize, payload)));
    }

    @Override
    public PopResult ntPopDataStack(int handle, byte[] buffer, int bufferSize) {
        if (buffer != null && Integer.toUnsignedLong(bufferSize) > buffer.length) {
            return new PopResult(NtStatus.INVALID_BUFFER_SIZE, 0);
        }
        IoFrame.Reply reply = call(handle, new IoCall.PopDataStack(buffer == null ? 0 : IoCall.BUFFER_PRESENT, bufferSize));
        NtStatus status = status(reply);
        if (reply.output().length == 0) {
            return new PopResult(status, 0);
        }
        IoOutput.PoppedItem popped = IoOutput.PoppedItem.decode(reply.output());
        if (popped.item() != null) {
            System.arraycopy(popped.item(), 0, buffer, 0, popped.item().length);
        }
        return new PopResult(status, popped.itemSize());
    }

    @Override
    public NtStatus ntClearDataStack(int handle) {
        return status(call(handle, new IoCall.ClearDataStack()));
    }

    @Override
    public QueryInformationResult ntQueryInformationDataStack(int handle, int informationClass, byte[] buffer,
            int bufferSize, boolean wantReturnLength) {
        if (buffer != null && Integer.toUnsignedLong(bufferSize) > buffer.length) {
            return new QueryInformationResult(NtStatus.INVALID_BUFFER_SIZE, -1);
        }
        int flags = (buffer == null ? 0 : IoCall.BUFFER_PRESENT) | (wantReturnLength ? IoCall.RETURN_LENGTH_PRESENT : 0);
        IoFrame.Reply reply = call(handle, new IoCall.QueryDataStack(informationClass, flags, bufferSize));
        NtStatus status = status(reply);
        if (reply.output().length == 0) {
            return new QueryInformationResult(status, -1);
        }
        IoOutput.Information info = IoOutput.Information.decode(reply.output());
        if (info.information() != null) {
            System.arraycopy(info.information(), 0, buffer, 0, info.information().length);
        }
        return new QueryInformationResult(status, info.returnLength());
    }

    @Override
    public HandleResult ntCreateEvent(int desiredAccess, ObjectAttributes attributes, EventType type, boolean initialState) {
        return handleCall(new IoCall.CreateEvent(desiredAccess, type, initialState, attributes));
    }

    @Override
    public HandleResult ntOpenEvent(int desiredAccess, ObjectAttributes attributes) {
        return handleCall(new IoCall.OpenEvent(desiredAccess, attributes));
    }

    @Override
    public NtStatus ntSetEvent(int handle) {
        return status(call(handle, new IoCall.SetEvent()));
    }

    @Override
    public NtStatus ntResetEvent(int handle) {
        return status(call(handle, new IoCall.ResetEvent()));
    }

    @Override
    public NtStatus ntPulseEvent(int handle) {
        return status(call(handle, new IoCall.PulseEvent()));
    }

    @Override
    public int ntWaitForMultipleObjects(int[] handles, boolean waitAll, long timeoutMillis) {
        if (handles == null) {
            return NtStatus.INVALID_PARAMETER_1.code();
        }
        return call(0, new IoCall.WaitForMultiple(handles, waitAll, timeoutMillis)).status();
    }

    @Override
    public NtStatus ntClose(int handle) {
        return status(call(handle, new IoCall.Close()));
    }

    @Override
    public HandleResult ntDuplicateObject(int sourceHandle, int desiredAccess, int attributes, int options) {
        IoFrame.Reply reply = call(sourceHandle, new IoCall.DuplicateObject(desiredAccess, attributes, options));
        NtStatus status = status(reply);
        return status.isSuccess() ? new HandleResult(status, IoOutput.HandleValue.decode(reply.output()).handle())
                : HandleResult.failed(status);
    }

    @Override
    public NtStatus ntMakeTemporaryObject(int handle) {
        return status(call(handle, new IoCall.MakeTemporary()));
    }

    @Override
    public HandleResult ntOpenDirectoryObject(int desiredAccess, ObjectAttributes attributes) {
        return handleCall(new IoCall.OpenDirectory(desiredAccess, attributes));
    }

    @Override
    public HandleResult ntOpenFile(int desiredAccess, ObjectAttributes attributes) {
        return handleCall(new IoCall.OpenFile(desiredAccess, attributes));
    }

    @Override
    public IoStatusBlock ntWriteFile(int handle, byte[] buffer) {
        IoFrame.Reply reply = call(handle, new IoCall.WriteFile(buffer));
        NtStatus status = status(reply);
        if (reply.output().length == 0) {
            return IoStatusBlock.of(status);
        }
        long information = IoOutput.IoStatusInformation.decode(reply.output()).information();
        if (information < 0 || (buffer != null && information > buffer.length) || (buffer == null && information != 0)) {
            throw new NtStatusException(NtStatus.INFO_LENGTH_MISMATCH, "the kernel reports "
                    + Long.toUnsignedString(information) + " bytes written of " + (buffer == null ? 0 : buffer.length));
        }
        return new IoStatusBlock(status, information);
    }
}
