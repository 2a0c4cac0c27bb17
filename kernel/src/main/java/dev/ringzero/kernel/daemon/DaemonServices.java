package dev.ringzero.kernel.daemon;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.IoOutput;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.abi.WireReader;
import dev.ringzero.kernel.datastack.DataStack;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.DirectoryEntry;
import dev.ringzero.kernel.ob.HandleEntry;
import dev.ringzero.kernel.ob.KernelProcess;
import dev.ringzero.kernel.ob.ObjectReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers the {@link DaemonFunction}s: directory listings (item counts only where the caller's own
 * QUERY access allows), handle listings (root sees every process, others only their own uid's), and
 * keeping an object alive in the daemon's own process.
 */
final class DaemonServices {
    /** Label of the daemon's own kernel process in handle listings (Windows' "System"). */
    static final String DAEMON_LABEL = "daemon";

    private final Kernel kernel;
    private final KernelProcess daemonProcess;
    private final Supplier<Map<String, KernelProcess>> connections;

    DaemonServices(Kernel kernel, KernelProcess daemonProcess, Supplier<Map<String, KernelProcess>> connections) {
        this.kernel = kernel;
        this.daemonProcess = daemonProcess;
        this.connections = connections;
    }

    /** Executes one daemon request frame; never throws. */
    byte[] handle(KernelProcess process, byte[] requestFrame) {
        IoFrame.Reply reply;
        try {
            IoFrame.Request request = IoFrame.decodeRequest(requestFrame);
            DaemonFunction function = DaemonFunction.fromCode(request.function()).orElseThrow(() -> new NtStatusException(
                    NtStatus.INVALID_DEVICE_REQUEST, "unknown daemon function 0x" + Integer.toHexString(request.function())));
            reply = switch (function) {
                case LIST_DIRECTORY -> IoFrame.Reply.of(NtStatus.SUCCESS, listDirectory(process, path(request.input())).encode());
                case LIST_HANDLES -> {
                    noInput(request.input());
                    yield IoFrame.Reply.of(NtStatus.SUCCESS, listHandles(process.caller()).encode());
                }
                case KEEP_HANDLE -> {
                    noInput(request.input());
                    yield IoFrame.Reply.of(NtStatus.SUCCESS, new IoOutput.HandleValue(keep(process, request.handle())).encode());
                }
            };
        } catch (NtStatusException e) {
            reply = IoFrame.Reply.of(e.status());
        } catch (RuntimeException e) {
            System.getLogger(DaemonServices.class.getName()).log(System.Logger.Level.ERROR, "daemon request failed", e);
            reply = IoFrame.Reply.of(NtStatus.INTERNAL_ERROR);
        }
        return IoFrame.encodeReply(reply);
    }

    private static String path(byte[] input) {
        WireReader in = new WireReader(input);
        String path = in.utf8("directory path");
        in.end("LIST_DIRECTORY input");
        return path;
    }

    private static void noInput(byte[] input) {
        if (input.length != 0) {
            throw new NtStatusException(NtStatus.INFO_LENGTH_MISMATCH, "this daemon function takes no input");
        }
    }

    DirectoryListing listDirectory(KernelProcess process, String path) {
        List<DirectoryListing.Entry> entries = new ArrayList<>();
        for (DirectoryEntry e : kernel.objectManager().list(path)) {
            long count = e.typeName().equals(kernel.dataStacks().type().name())
                    ? itemCount(process, (path.endsWith("\\") ? path : path + "\\") + e.name())
                    : DirectoryListing.UNKNOWN_COUNT;
            entries.add(new DirectoryListing.Entry(e.name(), e.typeName(), e.linkTarget(), count));
        }
        return new DirectoryListing(path, entries);
    }

    /** The item count of the DataStack at {@code path} if the caller may open it for QUERY. */
    private long itemCount(KernelProcess process, String path) {
        int handle;
        try {
            handle = kernel.dataStacks().open(process, DataStackAccess.QUERY,
                    ObjectAttributes.absolute(path, ObjectAttributes.CASE_INSENSITIVE));
        } catch (NtStatusException e) {
            return DirectoryListing.UNKNOWN_COUNT;
        }
        try (ObjectReference<DataStack> ref = kernel.objectManager().referenceByHandle(process, handle,
                DataStackAccess.QUERY, kernel.dataStacks().type(), DataStack.class)) {
            return ref.body().count();
        } finally {
            kernel.objectManager().close(process, handle);
        }
    }

    HandleListing listHandles(Caller viewer) {
        List<HandleListing.ProcessHandles> processes = new ArrayList<>();
        if (viewer.isRoot() || daemonProcess.caller().uid() == viewer.uid()) {
            processes.add(describe(DAEMON_LABEL, daemonProcess));
        }
        for (Map.Entry<String, KernelProcess> c : connections.get().entrySet()) {
            if (viewer.isRoot() || c.getValue().caller().uid() == viewer.uid()) {
                processes.add(describe(c.getKey(), c.getValue()));
            }
        }
        return new HandleListing(processes);
    }

    private static HandleListing.ProcessHandles describe(String label, KernelProcess process) {
        List<HandleListing.HandleInfo> handles = new ArrayList<>();
        for (Map.Entry<Integer, HandleEntry> h : process.handles().snapshot().entrySet()) {
            HandleEntry entry = h.getValue();
            handles.add(new HandleListing.HandleInfo(h.getKey(), entry.object().type().name(), entry.object().name(),
                    entry.grantedAccess()));
        }
        Caller c = process.caller();
        return new HandleListing.ProcessHandles(label, c.pid(), c.uid(), c.gid(), c.session(), handles);
    }

    /** Duplicates {@code handle} of {@code process}, with the same access, into the daemon's process. */
    int keep(KernelProcess process, int handle) {
        return kernel.objectManager().duplicate(process, handle, daemonProcess, 0, false, 2);
    }
}
