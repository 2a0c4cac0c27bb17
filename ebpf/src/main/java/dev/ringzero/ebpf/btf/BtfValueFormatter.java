package dev.ringzero.ebpf.btf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the bytes of a value of a BTF type as text, the way map viewers (eBPF Studio, {@code bpftool map
 * dump}) do: integers in decimal (signed or unsigned as the type says), {@code char} arrays as strings cut
 * at the first NUL, other arrays as {@code [a, b, …]}, enums by name, structs as their members. A struct
 * can also be split into one column per member, for tables.
 */
public final class BtfValueFormatter {

    private final Btf btf;

    public BtfValueFormatter(Btf btf) {
        this.btf = btf;
    }

    /** The value as one piece of text. */
    public String format(int typeId, byte[] bytes) {
        return format(typeId, bytes, 0);
    }

    /**
     * The value as named columns: a struct's members (each formatted whole), or a single column named
     * {@code name} for any other type.
     */
    public Map<String, String> columns(String name, int typeId, byte[] bytes) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (btf.type(btf.resolve(typeId)) instanceof BtfType.Struct struct) {
            for (BtfType.Member member : struct.members()) {
                columns.put(member.name().isEmpty() ? "?" : member.name(),
                        member.bitfieldSize() != 0 ? bitfield(member, bytes, 0) : format(member.type(), bytes,
                                (int) (member.bitOffset() / 8)));
            }
        } else {
            columns.put(name, format(typeId, bytes));
        }
        return columns;
    }

    private String format(int typeId, byte[] bytes, int offset) {
        int resolved = btf.resolve(typeId);
        BtfType type = btf.type(resolved);
        return switch (type) {
            case BtfType.Int i -> integer(bytes, offset, i.size(), (i.encoding() & 1) != 0, (i.encoding() & 4) != 0);
            case BtfType.Enum e -> enumName(e.values(), integer(bytes, offset, (int) e.size(), e.signed(), false));
            case BtfType.Enum64 e -> enumName(e.values(), integer(bytes, offset, (int) e.size(), e.signed(), false));
            case BtfType.Ptr p -> "0x" + Long.toHexString(read(bytes, offset, 8));
            case BtfType.Array a -> array(a, bytes, offset);
            case BtfType.Struct s -> "{" + members(s.members(), bytes, offset) + "}";
            case BtfType.Union u -> "{" + members(u.members(), bytes, offset) + "}";
            default -> hex(bytes, offset, (int) Math.min(btf.sizeOf(resolved), bytes.length - offset));
        };
    }

    private String members(List<BtfType.Member> members, byte[] bytes, int offset) {
        List<String> parts = new ArrayList<>();
        for (BtfType.Member member : members) {
            String value = member.bitfieldSize() != 0 ? bitfield(member, bytes, offset)
                    : format(member.type(), bytes, offset + (int) (member.bitOffset() / 8));
            parts.add((member.name().isEmpty() ? "" : member.name() + " = ") + value);
        }
        return String.join(", ", parts);
    }

    private String array(BtfType.Array array, byte[] bytes, int offset) {
        int element = btf.resolve(array.elementType());
        long size = btf.sizeOf(element);
        if (btf.type(element) instanceof BtfType.Int i && i.size() == 1 && (i.encoding() & 2) != 0 || isCharName(element)) {
            int end = offset;
            int limit = (int) Math.min(bytes.length, offset + array.elements());
            while (end < limit && bytes[end] != 0) {
                end++;
            }
            return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
        }
        List<String> parts = new ArrayList<>();
        for (long i = 0; i < array.elements() && offset + (i + 1) * size <= bytes.length; i++) {
            parts.add(format(element, bytes, (int) (offset + i * size)));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private boolean isCharName(int typeId) {
        return btf.type(typeId) instanceof BtfType.Int i && i.size() == 1 && i.name().contains("char");
    }

    /** A bitfield of a struct at byte {@code structOffset}: its bits read little-endian from where they start. */
    private static String bitfield(BtfType.Member member, byte[] bytes, int structOffset) {
        long bit = (long) structOffset * 8 + member.bitOffset();
        int firstByte = (int) (bit / 8);
        int shift = (int) (bit % 8);
        int size = Math.min(64, member.bitfieldSize());
        long value = 0;
        for (int i = 0; i < 9 && firstByte + i < bytes.length; i++) {
            long b = bytes[firstByte + i] & 0xffL;
            int at = i * 8 - shift;
            value |= at >= 0 ? (at < 64 ? b << at : 0) : b >>> -at;
        }
        long mask = size == 64 ? -1L : (1L << size) - 1;
        return Long.toUnsignedString(value & mask);
    }

    private static String integer(byte[] bytes, int offset, int size, boolean signed, boolean bool) {
        if (size > 8 || offset + size > bytes.length) {
            return hex(bytes, offset, Math.max(0, Math.min(size, bytes.length - offset)));
        }
        long value = read(bytes, offset, size);
        if (bool) {
            return value != 0 ? "true" : "false";
        }
        if (signed && size < 8) {
            value = value << (64 - 8 * size) >> (64 - 8 * size);
        }
        return signed ? Long.toString(value) : Long.toUnsignedString(value);
    }

    private static String enumName(List<BtfType.Enumerator> values, String number) {
        for (BtfType.Enumerator e : values) {
            if (Long.toString(e.value()).equals(number) || Long.toUnsignedString(e.value()).equals(number)) {
                return e.name();
            }
        }
        return number;
    }

    private static long read(byte[] bytes, int offset, int size) {
        long value = 0;
        for (int i = 0; i < size && offset + i < bytes.length; i++) {
            value |= (bytes[offset + i] & 0xffL) << (8 * i);
        }
        return value;
    }

    /** Bytes as {@code bpftool} prints raw values: two hex digits each, separated by spaces. */
    public static String hex(byte[] bytes, int offset, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(String.format("%02x", bytes[offset + i]));
        }
        return s.toString();
    }
}
