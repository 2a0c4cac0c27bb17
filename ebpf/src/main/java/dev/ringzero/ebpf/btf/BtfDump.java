package dev.ringzero.ebpf.btf;

/**
 * Renders types in the plain text form of {@code bpftool btf dump file X.o} ({@code [id] KIND 'name' ...}, one
 * line per type plus a tab-indented line per member, parameter, enumerator or DATASEC variable).
 */
public final class BtfDump {

    private BtfDump() {
    }

    public static String format(Btf btf) {
        StringBuilder out = new StringBuilder();
        for (int id = 1; id < btf.typeCount(); id++) {
            out.append(format(btf, id)).append('\n');
        }
        return out.toString();
    }

    /** One type, without the trailing newline. */
    public static String format(Btf btf, int id) {
        BtfType type = btf.type(id);
        StringBuilder out = new StringBuilder();
        out.append('[').append(id).append("] ").append(type.kind()).append(" '").append(name(type.name())).append('\'');
        switch (type) {
            case BtfType.Int i -> out.append(" size=").append(Integer.toUnsignedString(i.size()))
                    .append(" bits_offset=").append(i.bitOffset()).append(" nr_bits=").append(i.bits())
                    .append(" encoding=").append(encoding(i.encoding()));
            case BtfType.Ptr p -> out.append(" type_id=").append(p.type());
            case BtfType.Typedef t -> out.append(" type_id=").append(t.type());
            case BtfType.Volatile v -> out.append(" type_id=").append(v.type());
            case BtfType.Const c -> out.append(" type_id=").append(c.type());
            case BtfType.Restrict r -> out.append(" type_id=").append(r.type());
            case BtfType.TypeTag t -> out.append(" type_id=").append(t.type());
            case BtfType.Array a -> out.append(" type_id=").append(a.elementType()).append(" index_type_id=")
                    .append(a.indexType()).append(" nr_elems=").append(a.elements());
            case BtfType.Struct s -> members(out, s.size(), s.members());
            case BtfType.Union u -> members(out, u.size(), u.members());
            case BtfType.Enum e -> enumerators(out, e.signed(), e.size(), e.values(), false);
            case BtfType.Enum64 e -> enumerators(out, e.signed(), e.size(), e.values(), true);
            case BtfType.Fwd f -> out.append(" fwd_kind=").append(f.union() ? "union" : "struct");
            case BtfType.Func f -> out.append(" type_id=").append(f.type()).append(" linkage=").append(linkage(f.linkage()));
            case BtfType.FuncProto p -> {
                out.append(" ret_type_id=").append(p.returnType()).append(" vlen=").append(p.parameters().size());
                for (BtfType.Parameter parameter : p.parameters()) {
                    out.append("\n\t'").append(parameter.name()).append("' type_id=").append(parameter.type());
                }
            }
            case BtfType.Var v -> out.append(" type_id=").append(v.type()).append(", linkage=").append(linkage(v.linkage()));
            case BtfType.Datasec d -> {
                out.append(" size=").append(d.size()).append(" vlen=").append(d.variables().size());
                for (BtfType.VarSection variable : d.variables()) {
                    BtfType target = btf.type(variable.type());
                    out.append("\n\ttype_id=").append(variable.type()).append(" offset=").append(variable.offset())
                            .append(" size=").append(variable.size()).append(" (").append(target.kind()).append(" '")
                            .append(name(target.name())).append("')");
                }
            }
            case BtfType.Float f -> out.append(" size=").append(f.size());
            case BtfType.DeclTag d -> out.append(" type_id=").append(d.type()).append(" component_idx=").append(d.componentIndex());
            case BtfType.Void v -> {
            }
        }
        return out.toString();
    }

    private static void members(StringBuilder out, long size, java.util.List<BtfType.Member> members) {
        out.append(" size=").append(size).append(" vlen=").append(members.size());
        for (BtfType.Member member : members) {
            out.append("\n\t'").append(member.name()).append("' type_id=").append(member.type())
                    .append(" bits_offset=").append(member.bitOffset());
            if (member.bitfieldSize() != 0) {
                out.append(" bitfield_size=").append(member.bitfieldSize());
            }
        }
    }

    private static void enumerators(StringBuilder out, boolean signed, long size, java.util.List<BtfType.Enumerator> values,
                                    boolean wide) {
        out.append(" encoding=").append(signed ? "SIGNED" : "UNSIGNED").append(" size=").append(size)
                .append(" vlen=").append(values.size());
        for (BtfType.Enumerator value : values) {
            out.append("\n\t'").append(value.name()).append("' val=");
            if (wide) {
                out.append(signed ? Long.toString(value.value()) + "LL" : Long.toUnsignedString(value.value()) + "ULL");
            } else {
                out.append(signed ? Long.toString((int) value.value()) : Long.toString(value.value() & 0xffff_ffffL));
            }
        }
    }

    private static String name(String name) {
        return name.isEmpty() ? "(anon)" : name;
    }

    private static String encoding(int encoding) {
        return switch (encoding) {
            case 0 -> "(none)";
            case BtfType.Int.SIGNED -> "SIGNED";
            case BtfType.Int.CHAR -> "CHAR";
            case BtfType.Int.BOOL -> "BOOL";
            default -> "UNKN";
        };
    }

    private static String linkage(int linkage) {
        return switch (linkage) {
            case 0 -> "static";
            case 1 -> "global";
            case 2 -> "extern";
            default -> "(unknown)";
        };
    }
}
