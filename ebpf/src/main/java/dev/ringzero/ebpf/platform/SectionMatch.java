package dev.ringzero.ebpf.platform;

/** How a section name rule matches an ELF section name. */
public enum SectionMatch {
    /** The section name equals the rule (libbpf's plain {@code SEC_DEF("xdp")}). */
    EXACT,
    /** The section name equals the rule or continues with {@code /…} (libbpf's {@code "kprobe+"}). */
    EXACT_OR_SLASH,
    /** The section name starts with the rule; the longest matching rule wins (eBPF for Windows). */
    PREFIX;

    public boolean matches(String rule, String sectionName) {
        return switch (this) {
            case EXACT -> sectionName.equals(rule);
            case EXACT_OR_SLASH -> sectionName.equals(rule) || sectionName.startsWith(rule + "/");
            case PREFIX -> sectionName.startsWith(rule);
        };
    }
}
