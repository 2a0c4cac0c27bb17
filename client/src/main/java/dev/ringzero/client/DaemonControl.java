package dev.ringzero.client;

import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.IoOutput;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.WireWriter;
import dev.ringzero.kernel.daemon.DaemonFunction;
import dev.ringzero.kernel.daemon.DirectoryListing;
import dev.ringzero.kernel.daemon.HandleListing;
import java.util.Objects;

/**
 * The daemon's own requests ({@link DaemonFunction}) on a daemon connection: the namespace and handle
 * views of {@code rz obj}, and keeping an object alive after this connection closes.
 */
public final class DaemonControl {
    private final FrameTransport transport;

    public DaemonControl(FrameTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** The entries of the directory at the absolute {@code path} (e.g. {@code \BaseNamedObjects}). */
    public DirectoryListing listDirectory(String path) {
        return DirectoryListing.decode(call(DaemonFunction.LIST_DIRECTORY, 0, new WireWriter().utf8(path).toByteArray(),
                "list " + path));
    }

    /** Every kernel process this caller may see (root: all; others: their own uid's) with its handles. */
    public HandleListing listHandles() {
        return HandleListing.decode(call(DaemonFunction.LIST_HANDLES, 0, new byte[0], "list handles"));
    }

    /**
     * Makes the daemon hold a duplicate of {@code handle} (same access), so the object survives this
     * connection. Returns the handle value in the daemon's process.
     */
    public int keep(KernelObject object) {
        return IoOutput.HandleValue.decode(call(DaemonFunction.KEEP_HANDLE, object.checkedHandle(), new byte[0],
                "keep handle 0x" + Integer.toHexString(object.handle()))).handle();
    }

    private byte[] call(DaemonFunction function, int handle, byte[] input, String what) {
        byte[] request = new WireWriter().u16(IoFrame.VERSION).u16(function.code()).u32(handle).u32(input.length)
                .bytes(input).toByteArray();
        IoFrame.Reply reply = IoFrame.decodeReply(transport.roundTrip(request));
        NtStatus status = NtStatus.fromCode(reply.status()).orElse(NtStatus.UNSUCCESSFUL);
        if (!status.isSuccess()) {
            throw new NtStatusException(status, what + ": " + status + ", Win32 error " + status.win32Error());
        }
        return reply.output();
    }
}
