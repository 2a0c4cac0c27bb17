package dev.ringzero.ebpf.btf;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a {@code .BTF} section: header, type section (every kind up to ENUM64) and string section.
 * Every type reference is checked to name an existing type, so a returned {@link Btf} is consistent.
 */
public final class BtfParser {

    static final int MAGIC = 0xeb9f;
    private static final int HEADER_MIN = 24;
    private static final int TYPE_HEADER = 12;

    private final BtfBytes in;
    private long stringsStart;
    private long stringsSize;

    private BtfParser(byte[] bytes) {
        this.in = new BtfBytes(bytes);
    }

    public static Btf parse(byte[] bytes) {
        return new BtfParser(bytes).parse(false);
    }

    /**
     * Parses lazily, for a large BTF of which only a few types are read (the kernel's ~5 MB vmlinux BTF):
     * one pass finds where each type's record starts; a type is decoded, and its references checked, the
     * first time it is asked for.
     */
    public static Btf parseLazily(byte[] bytes) {
        return new BtfParser(bytes).parse(true);
    }

    private Btf parse(boolean lazily) {
        if (in.length() < HEADER_MIN) {
            throw new MalformedBtfException(".BTF too short for a header: " + in.length() + " < " + HEADER_MIN + " bytes");
        }
        int magic = in.u16(0, "magic");
        if (magic != MAGIC) {
            throw new MalformedBtfException(".BTF magic 0x" + Integer.toHexString(magic) + " is not 0xeb9f");
        }
        int version = in.u8(2, "version");
        if (version != 1) {
            throw new MalformedBtfException(".BTF version " + version + " is not 1");
        }
        long headerLength = in.u32(4, "hdr_len");
        if (headerLength < HEADER_MIN || headerLength > in.length()) {
            throw new MalformedBtfException(".BTF hdr_len " + headerLength + " outside [" + HEADER_MIN + ", " + in.length() + "]");
        }
        long typeOffset = headerLength + in.u32(8, "type_off");
        long typeLength = in.u32(12, "type_len");
        stringsStart = headerLength + in.u32(16, "str_off");
        stringsSize = in.u32(20, "str_len");
        in.requireRange(typeOffset, typeLength, ".BTF type section");
        in.requireRange(stringsStart, stringsSize, ".BTF string section");
        long at = typeOffset;
        long end = typeOffset + typeLength;
        if (lazily) {
            long[] starts = new long[1024];
            int count = 1;
            while (at < end) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count] = at;
                at = recordEnd(count, at, end);
                count++;
            }
            return new Btf(new LazyTypes(java.util.Arrays.copyOf(starts, count)), this::string);
        }
        List<BtfType> types = new ArrayList<>();
        types.add(new BtfType.Void());
        while (at < end) {
            long next = recordEnd(types.size(), at, end);
            types.add(decode(types.size(), at));
            at = next;
        }
        Btf btf = new Btf(types, this::string);
        checkReferences(btf);
        return btf;
    }

    private String string(long offset) {
        if (stringsSize == 0 && offset == 0) {
            return "";
        }
        return in.cString(stringsStart, stringsSize, offset, ".BTF string");
    }

    /** Checks the record of type {@code id} at {@code at} fits before {@code end}; returns where the next begins. */
    private long recordEnd(int id, long at, long end) {
        requireInside(at, TYPE_HEADER, end, id, null);
        int info = in.i32At(at + 4);
        int vlen = info & 0xffff;
        int kindNumber = (info >>> 24) & 0x1f;
        BtfKind kind = BtfKind.of(kindNumber);
        if (kind == null) {
            throw new MalformedBtfException(".BTF type " + id + ": unknown kind " + kindNumber);
        }
        long data = at + TYPE_HEADER;
        long dataSize = dataSize(kind, vlen);
        requireInside(data, dataSize, end, id, kind);
        return data + dataSize;
    }

    private static long dataSize(BtfKind kind, int vlen) {
        return switch (kind) {
            case INT, VAR, DECL_TAG -> 4;
            case ARRAY -> 12;
            case STRUCT, UNION, DATASEC, ENUM64 -> 12L * vlen;
            case ENUM, FUNC_PROTO -> 8L * vlen;
            default -> 0;
        };
    }

    /** The type whose record {@link #recordEnd} has checked. */
    private BtfType decode(int id, long at) {
        String name = string(in.u32At(at));
        int info = in.i32At(at + 4);
        int sizeOrType = in.i32At(at + 8);
        long size = Integer.toUnsignedLong(sizeOrType);
        int vlen = info & 0xffff;
        boolean kindFlag = info < 0;
        BtfKind kind = BtfKind.of((info >>> 24) & 0x1f);
        long data = at + TYPE_HEADER;
        BtfType type = switch (kind) {
            case INT -> {
                int word = in.i32At(data);
                yield new BtfType.Int(name, sizeOrType, (word >>> 24) & 0x0f, (word >>> 16) & 0xff, word & 0xff);
            }
            case PTR -> new BtfType.Ptr(sizeOrType);
            case ARRAY -> new BtfType.Array(in.i32At(data), in.i32At(data + 4), in.u32At(data + 8));
            case STRUCT -> new BtfType.Struct(name, size, members(data, vlen, kindFlag));
            case UNION -> new BtfType.Union(name, size, members(data, vlen, kindFlag));
            case ENUM -> {
                List<BtfType.Enumerator> values = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    long value = kindFlag ? in.i32At(data + 8L * i + 4) : in.u32At(data + 8L * i + 4);
                    values.add(new BtfType.Enumerator(string(in.u32At(data + 8L * i)), value));
                }
                yield new BtfType.Enum(name, size, kindFlag, List.copyOf(values));
            }
            case ENUM64 -> {
                List<BtfType.Enumerator> values = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    long base = data + 12L * i;
                    long value = in.u32At(base + 4) | (long) in.i32At(base + 8) << 32;
                    values.add(new BtfType.Enumerator(string(in.u32At(base)), value));
                }
                yield new BtfType.Enum64(name, size, kindFlag, List.copyOf(values));
            }
            case FWD -> new BtfType.Fwd(name, kindFlag);
            case TYPEDEF -> new BtfType.Typedef(name, sizeOrType);
            case VOLATILE -> new BtfType.Volatile(sizeOrType);
            case CONST -> new BtfType.Const(sizeOrType);
            case RESTRICT -> new BtfType.Restrict(sizeOrType);
            case FUNC -> new BtfType.Func(name, sizeOrType, vlen);
            case FUNC_PROTO -> {
                List<BtfType.Parameter> parameters = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    parameters.add(new BtfType.Parameter(string(in.u32At(data + 8L * i)), in.i32At(data + 8L * i + 4)));
                }
                yield new BtfType.FuncProto(sizeOrType, List.copyOf(parameters));
            }
            case VAR -> new BtfType.Var(name, sizeOrType, in.i32At(data));
            case DATASEC -> {
                List<BtfType.VarSection> variables = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    long base = data + 12L * i;
                    variables.add(new BtfType.VarSection(in.i32At(base), in.u32At(base + 4), in.u32At(base + 8)));
                }
                yield new BtfType.Datasec(name, size, List.copyOf(variables));
            }
            case FLOAT -> new BtfType.Float(name, size);
            case DECL_TAG -> new BtfType.DeclTag(name, sizeOrType, in.i32At(data));
            case TYPE_TAG -> new BtfType.TypeTag(name, sizeOrType);
            case UNKNOWN -> throw new MalformedBtfException(".BTF type " + id + ": kind 0 (UNKNOWN)");
        };
        return type;
    }

    /** The types of a lazily parsed BTF: decoded on first use, then kept. */
    final class LazyTypes extends java.util.AbstractList<BtfType> implements java.util.RandomAccess {
        private final long[] starts;
        private final BtfType[] decoded;

        LazyTypes(long[] starts) {
            this.starts = starts;
            this.decoded = new BtfType[starts.length];
            decoded[0] = new BtfType.Void();
        }

        @Override
        public BtfType get(int id) {
            BtfType type = decoded[id];
            if (type == null) {
                type = decode(id, starts[id]);
                for (int reference : references(type)) {
                    if (reference < 0 || reference >= starts.length) {
                        throw new MalformedBtfException(".BTF type " + id + " (" + type.kind() + ") refers to type "
                                + Integer.toUnsignedString(reference) + ", but there are only " + starts.length + " types");
                    }
                }
                decoded[id] = type;
            }
            return type;
        }

        /** The name of type {@code id} without decoding the rest of it. */
        String name(int id) {
            return id == 0 ? decoded[0].name() : string(in.u32At(starts[id]));
        }

        @Override
        public int size() {
            return starts.length;
        }
    }

    private List<BtfType.Member> members(long data, int vlen, boolean kindFlag) {
        List<BtfType.Member> members = new ArrayList<>(vlen);
        for (int i = 0; i < vlen; i++) {
            long base = data + 12L * i;
            String name = string(in.u32At(base));
            int type = in.i32At(base + 4);
            long offset = in.u32At(base + 8);
            members.add(kindFlag
                    ? new BtfType.Member(name, type, offset & 0xff_ffff, (int) (offset >>> 24))
                    : new BtfType.Member(name, type, offset, 0));
        }
        return List.copyOf(members);
    }

    private static void requireInside(long at, long size, long end, int id, BtfKind kind) {
        if (size > end - at) {
            throw new MalformedBtfException(".BTF type " + id + (kind == null ? "" : " (" + kind + ")")
                    + " extends past end of type section: offset " + at + " + size " + size + " > " + end);
        }
    }

    private static void checkReferences(Btf btf) {
        int count = btf.typeCount();
        for (int id = 1; id < count; id++) {
            BtfType type = btf.type(id);
            switch (type) {
                case BtfType.Struct s -> {
                    for (BtfType.Member m : s.members()) {
                        checkReference(btf, id, m.type(), count);
                    }
                }
                case BtfType.Union u -> {
                    for (BtfType.Member m : u.members()) {
                        checkReference(btf, id, m.type(), count);
                    }
                }
                case BtfType.FuncProto p -> {
                    for (BtfType.Parameter parameter : p.parameters()) {
                        checkReference(btf, id, parameter.type(), count);
                    }
                    checkReference(btf, id, p.returnType(), count);
                }
                default -> {
                    for (int reference : references(type)) {
                        checkReference(btf, id, reference, count);
                    }
                }
            }
        }
    }

    private static void checkReference(Btf btf, int id, int reference, int count) {
        if (reference < 0 || reference >= count) {
            throw new MalformedBtfException(".BTF type " + id + " (" + btf.type(id).kind() + ") refers to type "
                    + Integer.toUnsignedString(reference) + ", but there are only " + count + " types");
        }
    }

    private static List<Integer> references(BtfType type) {
        return switch (type) {
            case BtfType.Ptr p -> List.of(p.type());
            case BtfType.Array a -> List.of(a.elementType(), a.indexType());
            case BtfType.Struct s -> s.members().stream().map(BtfType.Member::type).toList();
            case BtfType.Union u -> u.members().stream().map(BtfType.Member::type).toList();
            case BtfType.Typedef t -> List.of(t.type());
            case BtfType.Volatile v -> List.of(v.type());
            case BtfType.Const c -> List.of(c.type());
            case BtfType.Restrict r -> List.of(r.type());
            case BtfType.Func f -> List.of(f.type());
            case BtfType.FuncProto p -> {
                List<Integer> ids = new ArrayList<>(p.parameters().stream().map(BtfType.Parameter::type).toList());
                ids.add(p.returnType());
                yield ids;
            }
            case BtfType.Var v -> List.of(v.type());
            case BtfType.Datasec d -> d.variables().stream().map(BtfType.VarSection::type).toList();
            case BtfType.DeclTag d -> List.of(d.type());
            case BtfType.TypeTag t -> List.of(t.type());
            case BtfType.Void v -> List.of();
            case BtfType.Int i -> List.of();
            case BtfType.Enum e -> List.of();
            case BtfType.Enum64 e -> List.of();
            case BtfType.Fwd f -> List.of();
            case BtfType.Float f -> List.of();
        };
    }
}
