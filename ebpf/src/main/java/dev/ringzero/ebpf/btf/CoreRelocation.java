package dev.ringzero.ebpf.btf;

/**
 * One CO-RE relocation record of {@code .BTF.ext} ({@code struct bpf_core_relo}): the instruction at byte
 * {@code insnOffset} of {@code section} depends on a property of local type {@code typeId} that the loader
 * recomputes against the target kernel's BTF.
 *
 * @param accessString the access string, e.g. {@code "0:1:2"} (member and array indices from the root type)
 * @param kind         a {@code BPF_CORE_*} kind number (see {@link Kind})
 */
public record CoreRelocation(String section, long insnOffset, int typeId, String accessString, int kind) {

    /** The {@code enum bpf_core_relo_kind} values. */
    public enum Kind {
        FIELD_BYTE_OFFSET("byte_off"), FIELD_BYTE_SIZE("byte_sz"), FIELD_EXISTS("field_exists"),
        FIELD_SIGNED("signed"), FIELD_LSHIFT_U64("lshift_u64"), FIELD_RSHIFT_U64("rshift_u64"),
        TYPE_ID_LOCAL("local_type_id"), TYPE_ID_TARGET("target_type_id"), TYPE_EXISTS("type_exists"),
        TYPE_SIZE("type_size"), ENUMVAL_EXISTS("enumval_exists"), ENUMVAL_VALUE("enumval_value"),
        TYPE_MATCHES("type_matches");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The short name libbpf prints for this kind. */
        public String label() {
            return label;
        }

        /** The kind with this number, or null for an unknown one. */
        public static Kind of(int number) {
            Kind[] all = values();
            return number >= 0 && number < all.length ? all[number] : null;
        }

        public boolean fieldBased() {
            return ordinal() <= FIELD_RSHIFT_U64.ordinal();
        }

        public boolean typeBased() {
            return this == TYPE_ID_LOCAL || this == TYPE_ID_TARGET || this == TYPE_EXISTS || this == TYPE_SIZE
                    || this == TYPE_MATCHES;
        }

        public boolean enumValueBased() {
            return this == ENUMVAL_EXISTS || this == ENUMVAL_VALUE;
        }
    }

    /** The instruction's slot index inside its section. */
    public int slot() {
        return (int) (insnOffset / 8);
    }
}
