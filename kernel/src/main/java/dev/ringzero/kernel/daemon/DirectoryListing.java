package dev.ringzero.kernel.daemon;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.WireReader;
import dev.ringzero.kernel.abi.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A WinObj view of one directory: each entry's name, type, link target (symbolic links) and, for
 * DataStacks the caller may query, the item count.
 *
 * <pre>u32 count, then per entry: str name, str type, str link target ("" if none), u64 item count (all ones: unknown)</pre>
 */
public record DirectoryListing(String path, List<Entry> entries) {
    public static final long UNKNOWN_COUNT = -1;

    /** One entry; {@code itemCount} is {@link #UNKNOWN_COUNT} for other types or without QUERY access. */
    public record Entry(String name, String typeName, String linkTarget, long itemCount) {
        public boolean hasItemCount() {
            return itemCount != UNKNOWN_COUNT;
        }
    }

    public DirectoryListing {
        entries = List.copyOf(entries);
    }

    public byte[] encode() {
        WireWriter out = new WireWriter().utf8(path).u32(entries.size());
        for (Entry e : entries) {
            out.utf8(e.name()).utf8(e.typeName()).utf8(e.linkTarget() == null ? "" : e.linkTarget()).u64(e.itemCount());
        }
        return out.toByteArray();
    }

    public static DirectoryListing decode(byte[] bytes) {
        WireReader in = new WireReader(bytes);
        String path = in.utf8("path");
        int count = in.u32("entry count");
        if (count < 0 || count > in.remaining()) {
            throw new NtStatusException(NtStatus.INFO_LENGTH_MISMATCH,
                    "listing announces " + Integer.toUnsignedString(count) + " entries in " + in.remaining() + " bytes");
        }
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = in.utf8("name");
            String type = in.utf8("type");
            String target = in.utf8("link target");
            entries.add(new Entry(name, type, target.isEmpty() ? null : target, in.u64("item count")));
        }
        in.end("directory listing");
        return new DirectoryListing(path, entries);
    }
}
