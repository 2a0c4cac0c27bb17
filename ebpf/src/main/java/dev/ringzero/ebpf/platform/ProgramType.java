package dev.ringzero.ebpf.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A program type of one platform: what its programs receive, may call and may return, and which
 * ELF section names select it.
 *
 * @param platform the ABI it belongs to
 * @param name its name as {@code netsh ebpf} (Windows) or bpftool (Linux) print it, e.g. {@code bind},
 *     {@code socket_filter}
 * @param number its {@code bpf_prog_type} number on that platform
 * @param sections the section name rules that select it, in the platform's order
 * @param context the structure r1 points to
 * @param returns the values its hook understands in r0
 * @param helpers the helpers its programs may call (those ringzero implements)
 */
public record ProgramType(
        Platform platform,
        String name,
        int number,
        List<SectionRule> sections,
        ContextLayout context,
        ReturnRange returns,
        Set<HelperFunction> helpers) {

    public ProgramType {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(returns, "returns");
        sections = List.copyOf(sections);
        helpers = Set.copyOf(helpers);
        for (HelperFunction helper : helpers) {
            if (!platform.helpers().has(helper)) {
                throw new IllegalArgumentException(name + " allows " + helper + ", which " + platform + " does not have");
            }
        }
    }

    /** Every program type ringzero knows on this platform. */
    public static List<ProgramType> all(Platform platform) {
        return switch (platform) {
            case WINDOWS -> WindowsProgramTypes.ALL;
            case LINUX -> LinuxProgramTypes.ALL;
        };
    }

    /** The program type with this name ({@code bind}, {@code xdp}, …) on this platform, or empty. */
    public static Optional<ProgramType> named(Platform platform, String name) {
        return all(platform).stream().filter(type -> type.name.equals(name)).findFirst();
    }

    /**
     * The program type an ELF section name selects, as the platform's loader decides: the longest
     * matching prefix for eBPF for Windows, the first matching rule in libbpf's order for Linux.
     * Empty when no rule matches.
     */
    public static Optional<ProgramType> forSection(Platform platform, String sectionName) {
        return matchingRule(platform, sectionName).map(Match::type);
    }

    /** The attach type a section name implies (e.g. {@code BPF_CGROUP_INET6_CONNECT}), or empty. */
    public static Optional<String> attachTypeForSection(Platform platform, String sectionName) {
        return matchingRule(platform, sectionName).map(match -> match.rule.attachType()).filter(type -> !type.isEmpty());
    }

    /** Whether a program of this type may call the helper. */
    public boolean allows(HelperFunction helper) {
        return helpers.contains(helper);
    }

    private record Match(ProgramType type, SectionRule rule) {}

    private static Optional<Match> matchingRule(Platform platform, String sectionName) {
        Objects.requireNonNull(sectionName, "sectionName");
        var matches = all(platform).stream()
                .flatMap(type -> type.sections.stream().filter(rule -> rule.matches(sectionName)).map(rule -> new Match(type, rule)));
        return switch (platform) {
            case WINDOWS -> matches.max(Comparator.comparingInt(match -> match.rule.name().length()));
            case LINUX -> matches.findFirst();
        };
    }
}
