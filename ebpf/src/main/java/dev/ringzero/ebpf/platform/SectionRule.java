package dev.ringzero.ebpf.platform;

import java.util.Objects;

/**
 * A section name that selects a program type and attach type.
 *
 * @param name the section name or prefix, e.g. {@code cgroup/connect4}, {@code kprobe}
 * @param match how it matches
 * @param attachType the attach type it implies, as the platform names it (e.g.
 *     {@code BPF_CGROUP_INET4_CONNECT}), or the empty string when it implies none
 */
public record SectionRule(String name, SectionMatch match, String attachType) {

    public SectionRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(attachType, "attachType");
    }

    public boolean matches(String sectionName) {
        return match.matches(name, sectionName);
    }
}
