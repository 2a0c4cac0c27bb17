package dev.ringzero.ebpf.btf;

import java.util.List;

/**
 * One BTF type, by kind. Names are resolved strings ({@code ""} for anonymous types); type references
 * are type ids into the same {@link Btf} (0 is {@code void}).
 */
public sealed interface BtfType {

    BtfKind kind();

    /** The type's name, {@code ""} when anonymous. */
    String name();

    /** Type id 0. */
    record Void() implements BtfType {
        public BtfKind kind() { return BtfKind.UNKNOWN; }
        public String name() { return "void"; }
    }

    /** INT: {@code encoding} bits are {@link #SIGNED}, {@link #CHAR}, {@link #BOOL}. */
    record Int(String name, int size, int encoding, int bitOffset, int bits) implements BtfType {
        public static final int SIGNED = 1;
        public static final int CHAR = 2;
        public static final int BOOL = 4;
        public BtfKind kind() { return BtfKind.INT; }
    }

    record Ptr(int type) implements BtfType {
        public BtfKind kind() { return BtfKind.PTR; }
        public String name() { return ""; }
    }

    record Array(int elementType, int indexType, long elements) implements BtfType {
        public BtfKind kind() { return BtfKind.ARRAY; }
        public String name() { return ""; }
    }

    /** A struct or union member; {@code bitfieldSize} is 0 for a plain member. */
    record Member(String name, int type, long bitOffset, int bitfieldSize) {
    }

    record Struct(String name, long size, List<Member> members) implements BtfType {
        public BtfKind kind() { return BtfKind.STRUCT; }
    }

    record Union(String name, long size, List<Member> members) implements BtfType {
        public BtfKind kind() { return BtfKind.UNION; }
    }

    record Enumerator(String name, long value) {
    }

    record Enum(String name, long size, boolean signed, List<Enumerator> values) implements BtfType {
        public BtfKind kind() { return BtfKind.ENUM; }
    }

    record Enum64(String name, long size, boolean signed, List<Enumerator> values) implements BtfType {
        public BtfKind kind() { return BtfKind.ENUM64; }
    }

    /** A forward declaration of a struct ({@code union == false}) or union. */
    record Fwd(String name, boolean union) implements BtfType {
        public BtfKind kind() { return BtfKind.FWD; }
    }

    record Typedef(String name, int type) implements BtfType {
        public BtfKind kind() { return BtfKind.TYPEDEF; }
    }

    record Volatile(int type) implements BtfType {
        public BtfKind kind() { return BtfKind.VOLATILE; }
        public String name() { return ""; }
    }

    record Const(int type) implements BtfType {
        public BtfKind kind() { return BtfKind.CONST; }
        public String name() { return ""; }
    }

    record Restrict(int type) implements BtfType {
        public BtfKind kind() { return BtfKind.RESTRICT; }
        public String name() { return ""; }
    }

    /** FUNC: {@code type} is its FUNC_PROTO; linkage 0 static, 1 global, 2 extern. */
    record Func(String name, int type, int linkage) implements BtfType {
        public BtfKind kind() { return BtfKind.FUNC; }
    }

    record Parameter(String name, int type) {
    }

    record FuncProto(int returnType, List<Parameter> parameters) implements BtfType {
        public BtfKind kind() { return BtfKind.FUNC_PROTO; }
        public String name() { return ""; }
    }

    /** VAR: linkage 0 static, 1 global, 2 extern. */
    record Var(String name, int type, int linkage) implements BtfType {
        public BtfKind kind() { return BtfKind.VAR; }
    }

    /** One variable of a DATASEC; offset and size as written (clang leaves them 0 in {@code .maps}). */
    record VarSection(int type, long offset, long size) {
    }

    record Datasec(String name, long size, List<VarSection> variables) implements BtfType {
        public BtfKind kind() { return BtfKind.DATASEC; }
    }

    record Float(String name, long size) implements BtfType {
        public BtfKind kind() { return BtfKind.FLOAT; }
    }

    /** DECL_TAG: {@code componentIndex} -1 tags the type itself, else a member or parameter. */
    record DeclTag(String name, int type, int componentIndex) implements BtfType {
        public BtfKind kind() { return BtfKind.DECL_TAG; }
    }

    record TypeTag(String name, int type) implements BtfType {
        public BtfKind kind() { return BtfKind.TYPE_TAG; }
    }
}
