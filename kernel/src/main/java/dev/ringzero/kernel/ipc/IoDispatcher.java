package dev.ringzero.kernel.ipc;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.IoFunction;
import dev.ringzero.kernel.abi.IoOutput;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.datastack.Popped;
import dev.ringzero.kernel.datastack.QueryResult;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.Inserted;
import dev.ringzero.kernel.ob.KernelProcess;
import dev.ringzero.kernel.sync.WaitOutcome;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * The IOCTL-shaped entry point (the articles' OnDeviceControl): a request frame (function, handle,
 * input) for a process becomes a reply frame (NTSTATUS, output). The frame and the function's input
 * are decoded and size-checked before any kernel service runs; every failure becomes a status, so a
 * transport can hand it any bytes a client sends. This is the seam the daemon exposes on its socket.
 */
public final class IoDispatcher {
    private static final Logger LOG = System.getLogger(IoDispatcher.class.getName());
    private final Kernel kernel;

    public IoDispatcher(Kernel kernel) {
        this.kernel = kernel;
    }

    /** Handles one encoded request frame and returns the encoded reply frame. Never throws. */
    public byte[] handle(KernelProcess process, byte[] requestFrame) {
        IoFrame.Reply reply = dispatch(process, requestFrame);
        try {
            return IoFrame.encodeReply(reply);
        } catch (NtStatusException e) {
            return IoFrame.encodeReply(IoFrame.Reply.of(e.status()));
        }
    }

    /** Decodes and executes one request frame. Never throws. */
    public IoFrame.Reply dispatch(KernelProcess process, byte[] requestFrame) {
        try {
            IoFrame.Request request = IoFrame.decodeRequest(requestFrame);
            IoFunction function = IoFunction.fromCode(request.function()).orElseThrow(() -> new NtStatusException(
                    NtStatus.INVALID_DEVICE_REQUEST, "unknown function 0x" + Integer.toHexString(request.function())));
            return execute(process, request.handle(), IoCall.decode(function, request.input()));
        } catch (NtStatusException e) {
            return IoFrame.Reply.of(e.status());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "kernel bug while dispatching a request", e);
            return IoFrame.Reply.of(NtStatus.INTERNAL_ERROR);
        }
    }

    /** Executes a decoded call for {@code process}; failures are thrown as {@link NtStatusException}. */
    public IoFrame.Reply execute(KernelProcess process, int handle, IoCall call) {
        return switch (call) {
            case IoCall.QueryProcess q -> {
                Caller c = process.caller();
                yield ok(new IoOutput.ProcessInformation(c.pid(), c.uid(), c.gid(), c.session()));
            }
            case IoCall.Close c -> {
                kernel.objects().close(process, handle);
                yield IoFrame.Reply.of(NtStatus.SUCCESS);
            }
            case IoCall.DuplicateObject d -> ok(new IoOutput.HandleValue(
                    kernel.objects().duplicate(process, handle, d.desiredAccess(), d.attributes(), d.options())));
            case IoCall.MakeTemporary m -> {
                kernel.objects().makeTemporary(process, handle);
                yield IoFrame.Reply.of(NtStatus.SUCCESS);
            }
            case IoCall.OpenDirectory o -> ok(new IoOutput.HandleValue(
                    kernel.objects().openDirectory(process, o.desiredAccess(), o.attributes())));
            case IoCall.WaitForMultiple w -> {
                WaitOutcome outcome = kernel.objects().waitForMultiple(process, w.handles(), w.waitAll(), w.timeoutMillis());
                yield new IoFrame.Reply(outcome.code(), new byte[0]);
            }
            case IoCall.CreateEvent c -> inserted(kernel.events().create(process, c.desiredAccess(), c.attributes(),
                    c.eventType(), c.initialState()));
            case IoCall.OpenEvent o -> ok(new IoOutput.HandleValue(
                    kernel.events().open(process, o.desiredAccess(), o.attributes())));
            case IoCall.SetEvent s -> ok(new IoOutput.PreviousState(kernel.events().set(process, handle)));
            case IoCall.ResetEvent r -> ok(new IoOutput.PreviousState(kernel.events().reset(process, handle)));
            case IoCall.PulseEvent p -> ok(new IoOutput.PreviousState(kernel.events().pulse(process, handle)));
            case IoCall.CreateDataStack c -> inserted(kernel.dataStacks().create(process, c.attributes(),
                    c.maxItemSize(), c.maxItemCount(), c.maxSize()));
            case IoCall.OpenDataStack o -> ok(new IoOutput.HandleValue(
                    kernel.dataStacks().open(process, o.desiredAccess(), o.attributes())));
            case IoCall.PushDataStack p -> {
                kernel.dataStacks().push(process, handle, p.bufferPresent() ? p.buffer() : null, p.itemSize());
                yield IoFrame.Reply.of(NtStatus.SUCCESS);
            }
            case IoCall.PopDataStack p -> {
                Popped popped = kernel.dataStacks().pop(process, handle, p.bufferPresent(), p.bufferSize());
                yield IoFrame.Reply.of(popped.status(), new IoOutput.PoppedItem(popped.itemSize(), popped.item()).encode());
            }
            case IoCall.ClearDataStack c -> {
                kernel.dataStacks().clear(process, handle);
                yield IoFrame.Reply.of(NtStatus.SUCCESS);
            }
            case IoCall.QueryDataStack q -> {
                QueryResult r = kernel.dataStacks().query(process, handle, q.informationClass(), q.bufferPresent(),
                        q.bufferSize(), q.returnLengthPresent());
                yield IoFrame.Reply.of(r.status(), new IoOutput.Information(r.returnLength(), r.information()).encode());
            }
            case IoCall.OpenFile o -> ok(new IoOutput.HandleValue(
                    kernel.files().open(process, o.desiredAccess(), o.attributes())));
            case IoCall.WriteFile w -> {
                IoStatusBlock completion = kernel.files().write(process, handle, w.buffer());
                yield IoFrame.Reply.of(completion.status(), new IoOutput.IoStatusInformation(completion.information()).encode());
            }
        };
    }

    private static IoFrame.Reply ok(IoOutput output) {
        return IoFrame.Reply.of(NtStatus.SUCCESS, output.encode());
    }

    private static IoFrame.Reply inserted(Inserted inserted) {
        return IoFrame.Reply.of(inserted.status(), new IoOutput.HandleValue(inserted.handle()).encode());
    }
}
