package dev.ringzero.ebpf.btf;

/** BTF_KIND_* numbers (bits 24-28 of a type's info word). */
public enum BtfKind {
    UNKNOWN(0), INT(1), PTR(2), ARRAY(3), STRUCT(4), UNION(5), ENUM(6), FWD(7), TYPEDEF(8), VOLATILE(9), CONST(10),
    RESTRICT(11), FUNC(12), FUNC_PROTO(13), VAR(14), DATASEC(15), FLOAT(16), DECL_TAG(17), TYPE_TAG(18), ENUM64(19);

    private final int number;

    BtfKind(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    static BtfKind of(int number) {
        BtfKind[] all = values();
        if (number <= 0 || number >= all.length) {
            return null;
        }
        return all[number];
    }
}
