package dev.ringzero.ebpf.btf;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** The parsed {@code .BTF} of an object: types by id (0 is void) and the string section. */
public final class Btf {

    /** How many modifier/typedef links {@link #resolve} and {@link #sizeOf} follow before giving up. */
    static final int MAX_DEPTH = 32;

    private final List<BtfType> types;
    private final LongFunction<String> strings;

    Btf(List<BtfType> types, LongFunction<String> strings) {
        this.types = types instanceof BtfParser.LazyTypes ? types : List.copyOf(types);
        this.strings = strings;
    }

    /** Number of type ids, void (id 0) included. */
    public int typeCount() {
        return types.size();
    }

    /** All types in id order, void (id 0) first. */
    public List<BtfType> types() {
        return types;
    }

    public BtfType type(int id) {
        if (id < 0 || id >= types.size()) {
            throw new MalformedBtfException("type id " + Integer.toUnsignedString(id) + " out of range (" + types.size() + " types)");
        }
        return types.get(id);
    }

    /** The name of type {@code id} ({@code ""} when anonymous), without decoding a lazily parsed type. */
    public String nameOf(int id) {
        if (types instanceof BtfParser.LazyTypes lazy && id >= 0 && id < types.size()) {
            return lazy.name(id);
        }
        return type(id).name();
    }

    /** The string at {@code offset} in the string section. */
    public String string(long offset) {
        return strings.apply(offset);
    }

    /** The id of the first type of this kind and name. */
    public Optional<Integer> find(BtfKind kind, String name) {
        for (int id = 1; id < types.size(); id++) {
            if (types.get(id).kind() == kind && types.get(id).name().equals(name)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    public Optional<BtfType.Datasec> datasec(String name) {
        return find(BtfKind.DATASEC, name).map(id -> (BtfType.Datasec) types.get(id));
    }

    /** Follows typedef, const, volatile, restrict and type tags to the underlying type's id. */
    public int resolve(int id) {
        int current = id;
        for (int depth = 0; depth <= MAX_DEPTH; depth++) {
            switch (type(current)) {
                case BtfType.Typedef t -> current = t.type();
                case BtfType.Const c -> current = c.type();
                case BtfType.Volatile v -> current = v.type();
                case BtfType.Restrict r -> current = r.type();
                case BtfType.TypeTag t -> current = t.type();
                default -> {
                    return current;
                }
            }
        }
        throw new MalformedBtfException("type " + id + ": more than " + MAX_DEPTH + " typedef/modifier links (a cycle?)");
    }

    /** Size in bytes of a value of this type, as the kernel's btf_type_size resolves it. */
    public long sizeOf(int id) {
        return sizeOf(id, 0);
    }

    private long sizeOf(int id, int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedBtfException("type " + id + ": size nests deeper than " + MAX_DEPTH + " (a cycle?)");
        }
        BtfType type = type(resolve(id));
        return switch (type) {
            case BtfType.Int i -> Integer.toUnsignedLong(i.size());
            case BtfType.Ptr p -> 8;
            case BtfType.Array a -> {
                try {
                    yield Math.multiplyExact(a.elements(), sizeOf(a.elementType(), depth + 1));
                } catch (ArithmeticException e) {
                    throw new MalformedBtfException("type " + id + ": array size overflows");
                }
            }
            case BtfType.Struct s -> s.size();
            case BtfType.Union u -> u.size();
            case BtfType.Enum e -> e.size();
            case BtfType.Enum64 e -> e.size();
            case BtfType.Datasec d -> d.size();
            case BtfType.Float f -> f.size();
            case BtfType.Var v -> sizeOf(v.type(), depth + 1);
            default -> throw new MalformedBtfException("type " + id + " (" + type.kind() + ") has no size");
        };
    }

    /** A C-like spelling for messages and dumps: {@code struct process_info}, {@code __u32}, {@code int *}, {@code char[16]}. */
    public String describe(int id) {
        return describe(id, 0);
    }

    private String describe(int id, int depth) {
        if (depth > MAX_DEPTH) {
            return "...";
        }
        BtfType type = type(id);
        String name = type.name().isEmpty() ? "(anon)" : type.name();
        return switch (type) {
            case BtfType.Void v -> "void";
            case BtfType.Struct s -> "struct " + name;
            case BtfType.Union u -> "union " + name;
            case BtfType.Enum e -> "enum " + name;
            case BtfType.Enum64 e -> "enum " + name;
            case BtfType.Fwd f -> (f.union() ? "union " : "struct ") + name;
            case BtfType.Ptr p -> describe(p.type(), depth + 1) + " *";
            case BtfType.Array a -> describe(a.elementType(), depth + 1) + "[" + a.elements() + "]";
            case BtfType.Const c -> "const " + describe(c.type(), depth + 1);
            case BtfType.Volatile v -> "volatile " + describe(v.type(), depth + 1);
            case BtfType.Restrict r -> describe(r.type(), depth + 1) + " restrict";
            case BtfType.TypeTag t -> describe(t.type(), depth + 1) + " __attribute__((btf_type_tag(\"" + t.name() + "\")))";
            case BtfType.FuncProto p -> describe(p.returnType(), depth + 1) + " (*)(...)";
            case BtfType.DeclTag d -> "decl_tag " + name;
            default -> name;
        };
    }
}
