package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.btf.Btf;
import dev.ringzero.ebpf.btf.BtfType;
import dev.ringzero.ebpf.btf.MalformedBtfException;
import dev.ringzero.ebpf.platform.ProgramType;
import dev.ringzero.ebpf.verifier.GlobalFunction;
import dev.ringzero.ebpf.verifier.GlobalFunction.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signatures Linux gives a program's global functions (BTF FUNC with global linkage), read from their
 * FUNC_PROTO as the kernel's {@code btf_prepare_func_args} reads them: integer and enum parameters are
 * numbers; a pointer to the program type's context struct is the context; a pointer to any other type of
 * known size is memory of that size, possibly NULL; the function must return an integer or enum.
 */
final class GlobalFunctionSignatures {
    private static final int GLOBAL = 1;

    private GlobalFunctionSignatures() {}

    /** The global functions among {@code functions} (first instruction -> BTF FUNC id), except the entry at 0. */
    static Map<Integer, GlobalFunction> of(Btf btf, Map<Integer, Integer> functions, ProgramType type) {
        Map<Integer, GlobalFunction> globals = new HashMap<>();
        for (var entry : functions.entrySet()) {
            if (entry.getKey() == 0 || entry.getValue() <= 0 || entry.getValue() >= btf.typeCount()) {
                continue;
            }
            if (btf.type(entry.getValue()) instanceof BtfType.Func f && f.linkage() == GLOBAL
                    && btf.type(f.type()) instanceof BtfType.FuncProto proto) {
                globals.put(entry.getKey(), signature(btf, entry.getValue(), f.name(), proto, type));
            }
        }
        return globals;
    }

    private static GlobalFunction signature(Btf btf, int funcId, String name, BtfType.FuncProto proto, ProgramType type) {
        try {
            if (!isNumber(btf, proto.returnType())) {
                return GlobalFunction.refused(name, "Global function " + name + "() doesn't return scalar. Only those are supported.");
            }
            if (proto.parameters().size() > 5) {
                return GlobalFunction.refused(name, "Global function " + name + "() with " + proto.parameters().size()
                        + " > 5 args. Buggy compiler.");
            }
            List<Parameter> parameters = new ArrayList<>();
            for (int i = 0; i < proto.parameters().size(); i++) {
                int typeId = proto.parameters().get(i).type();
                List<String> tags = tags(btf, funcId, i);
                if (tags.contains("arg:ctx") && btf.type(btf.resolve(typeId)) instanceof BtfType.Ptr) {
                    parameters.add(new Parameter.Context()); // __arg_ctx: the context, whatever the pointer's type
                } else if (isNumber(btf, typeId)) {
                    parameters.add(new Parameter.Number());
                } else if (btf.type(btf.resolve(typeId)) instanceof BtfType.Ptr ptr) {
                    if (isContext(btf, ptr.type(), type)) {
                        parameters.add(new Parameter.Context());
                        continue;
                    }
                    long size = sizeOf(btf, ptr.type());
                    if (size <= 0) {
                        return GlobalFunction.refused(name, "arg#" + i + " reference type('" + btf.describe(ptr.type())
                                + "') size cannot be determined: -22");
                    }
                    parameters.add(new Parameter.Memory(size, !tags.contains("arg:nonnull")));
                } else {
                    return GlobalFunction.refused(name, "Arg#" + i + " type " + btf.describe(typeId) + " in " + name
                            + "() is not supported yet.");
                }
            }
            return GlobalFunction.of(name, parameters);
        } catch (MalformedBtfException | IndexOutOfBoundsException e) {
            return GlobalFunction.refused(name, "the BTF of global function " + name + "() is unusable: " + e.getMessage());
        }
    }

    /** The {@code arg:…} declaration tags (e.g. {@code __arg_ctx}, {@code __arg_nonnull}) of parameter {@code index}. */
    private static List<String> tags(Btf btf, int funcId, int index) {
        List<String> tags = new ArrayList<>();
        for (BtfType t : btf.types()) {
            if (t instanceof BtfType.DeclTag tag && tag.type() == funcId && tag.componentIndex() == index) {
                tags.add(tag.name());
            }
        }
        return tags;
    }

    private static boolean isNumber(Btf btf, int typeId) {
        return typeId != 0 && btf.type(btf.resolve(typeId)) instanceof BtfType t
                && (t instanceof BtfType.Int || t instanceof BtfType.Enum || t instanceof BtfType.Enum64);
    }

    private static long sizeOf(Btf btf, int typeId) {
        if (typeId == 0) {
            return 0;
        }
        BtfType t = btf.type(btf.resolve(typeId));
        if (t instanceof BtfType.Void || t instanceof BtfType.Fwd || t instanceof BtfType.FuncProto || t instanceof BtfType.Func) {
            return 0;
        }
        return btf.sizeOf(typeId);
    }

    /** Whether the pointed-to type is the program type's context struct (by name, as the kernel compares). */
    private static boolean isContext(Btf btf, int typeId, ProgramType type) {
        if (typeId == 0) {
            return false;
        }
        for (int id = typeId, depth = 0; depth < 16; depth++) {
            BtfType t = btf.type(id);
            if (t instanceof BtfType.Typedef td && td.name().equals("bpf_user_pt_regs_t")) {
                return type.name().equals("kprobe");
            }
            switch (t) {
                case BtfType.Typedef td -> id = td.type();
                case BtfType.Const c -> id = c.type();
                case BtfType.Volatile v -> id = v.type();
                case BtfType.Restrict r -> id = r.type();
                case BtfType.TypeTag tt -> id = tt.type();
                case BtfType.Struct s -> {
                    return contextStruct(type).equals(s.name());
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    private static String contextStruct(ProgramType type) {
        return switch (type.name()) {
            case "xdp" -> "xdp_md";
            case "socket_filter", "sched_cls", "sched_act", "cgroup_skb" -> "__sk_buff";
            case "kprobe" -> "pt_regs";
            default -> "";
        };
    }
}
