package dev.ringzero.kernel.daemon;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.WireReader;
import dev.ringzero.kernel.abi.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A Process Explorer handle view: per kernel process (one per connection, plus the daemon's own), its
 * identity and each open handle's value, type, object name and granted access.
 *
 * <pre>u32 process count; per process: str label, u64 pid, u32 uid, u32 gid, u32 session, u32 handle count,
 * per handle: u32 value, str type, str name ("" if unnamed), u32 granted access</pre>
 */
public record HandleListing(List<ProcessHandles> processes) {

    public record ProcessHandles(String label, long pid, int uid, int gid, int session, List<HandleInfo> handles) {
        public ProcessHandles {
            handles = List.copyOf(handles);
        }
    }

    public record HandleInfo(int handle, String typeName, String objectName, int grantedAccess) {}

    public HandleListing {
        processes = List.copyOf(processes);
    }

    public byte[] encode() {
        WireWriter out = new WireWriter().u32(processes.size());
        for (ProcessHandles p : processes) {
            out.utf8(p.label()).u64(p.pid()).u32(p.uid()).u32(p.gid()).u32(p.session()).u32(p.handles().size());
            for (HandleInfo h : p.handles()) {
                out.u32(h.handle()).utf8(h.typeName()).utf8(h.objectName() == null ? "" : h.objectName()).u32(h.grantedAccess());
            }
        }
        return out.toByteArray();
    }

    public static HandleListing decode(byte[] bytes) {
        WireReader in = new WireReader(bytes);
        int count = checkedCount(in, "process count");
        List<ProcessHandles> processes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = in.utf8("label");
            long pid = in.u64("pid");
            int uid = in.u32("uid");
            int gid = in.u32("gid");
            int session = in.u32("session");
            int handleCount = checkedCount(in, "handle count");
            List<HandleInfo> handles = new ArrayList<>(handleCount);
            for (int j = 0; j < handleCount; j++) {
                int value = in.u32("handle");
                String type = in.utf8("type");
                String name = in.utf8("name");
                handles.add(new HandleInfo(value, type, name.isEmpty() ? null : name, in.u32("access")));
            }
            processes.add(new ProcessHandles(label, pid, uid, gid, session, handles));
        }
        in.end("handle listing");
        return new HandleListing(processes);
    }

    private static int checkedCount(WireReader in, String what) {
        int count = in.u32(what);
        if (count < 0 || count > in.remaining()) {
            throw new NtStatusException(NtStatus.INFO_LENGTH_MISMATCH, what + " " + Integer.toUnsignedString(count)
                    + " exceeds the " + in.remaining() + " bytes left");
        }
        return count;
    }
}
