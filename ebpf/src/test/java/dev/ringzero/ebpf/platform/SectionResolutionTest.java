package dev.ringzero.ebpf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionResolutionTest {

    @ParameterizedTest(name = "{0} section \"{1}\" is {2}")
    @CsvSource(nullValues = "NONE", value = {
        // eBPF for Windows: the longest registered prefix wins.
        "WINDOWS, bind,                     bind",
        "WINDOWS, bind/on_unbind,           bind",
        "WINDOWS, cgroup/connect4,          sock_addr",
        "WINDOWS, cgroup/connect6,          sock_addr",
        "WINDOWS, cgroup/recv_accept4,      sock_addr",
        "WINDOWS, cgroup/recv_accept6,      sock_addr",
        "WINDOWS, sockops,                  sockops",
        "WINDOWS, xdp,                      xdp",
        "WINDOWS, xdp_test,                 xdp_test",
        "WINDOWS, sample_ext,               sample",
        "WINDOWS, sample_ext/tail,          sample",
        "WINDOWS, socket,                   NONE",
        "WINDOWS, .text,                    NONE",
        "WINDOWS, binder,                   bind",
        // Linux: libbpf's rules.
        "LINUX,   socket,                   socket_filter",
        "LINUX,   socket/extra,             NONE",
        "LINUX,   xdp,                      xdp",
        "LINUX,   xdp.frags,                xdp",
        "LINUX,   xdp_test,                 NONE",
        "LINUX,   tc,                       sched_cls",
        "LINUX,   tc/ingress,               sched_cls",
        "LINUX,   classifier,               sched_cls",
        "LINUX,   action,                   sched_act",
        "LINUX,   cgroup_skb/ingress,       cgroup_skb",
        "LINUX,   cgroup_skb/egress,        cgroup_skb",
        "LINUX,   cgroup_skb,               NONE",
        "LINUX,   kprobe/do_sys_open,       kprobe",
        "LINUX,   kprobe,                   kprobe",
        "LINUX,   kretprobe/do_sys_open,    kprobe",
        "LINUX,   kprobex,                  NONE",
        "LINUX,   tracepoint/syscalls/sys_enter_openat, tracepoint",
        "LINUX,   tp/sched/sched_switch,    tracepoint",
        "LINUX,   bind,                     NONE",
    })
    void sectionNameSelectsProgramType(Platform platform, String section, String expected) {
        assertThat(ProgramType.forSection(platform, section).map(ProgramType::name)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void windowsConnectSectionsImplyTheirAttachTypes() {
        assertThat(ProgramType.attachTypeForSection(Platform.WINDOWS, "cgroup/connect4")).contains("BPF_CGROUP_INET4_CONNECT");
        assertThat(ProgramType.attachTypeForSection(Platform.WINDOWS, "cgroup/recv_accept6")).contains("BPF_CGROUP_INET6_RECV_ACCEPT");
    }

    @Test
    void legacyTcSectionImpliesNoAttachType() {
        assertThat(ProgramType.attachTypeForSection(Platform.LINUX, "tc")).isEmpty();
        assertThat(ProgramType.attachTypeForSection(Platform.LINUX, "tc/egress")).contains("BPF_TCX_EGRESS");
    }

    @Test
    void programTypesCarryThePlatformsNumbers() {
        assertThat(ProgramType.named(Platform.WINDOWS, "bind").orElseThrow().number()).isEqualTo(2);
        assertThat(ProgramType.named(Platform.WINDOWS, "sock_addr").orElseThrow().number()).isEqualTo(3);
        assertThat(ProgramType.named(Platform.WINDOWS, "sample").orElseThrow().number()).isEqualTo(999);
        assertThat(ProgramType.named(Platform.LINUX, "xdp").orElseThrow().number()).isEqualTo(6);
        assertThat(ProgramType.named(Platform.LINUX, "socket_filter").orElseThrow().number()).isEqualTo(1);
        assertThat(ProgramType.named(Platform.LINUX, "cgroup_skb").orElseThrow().number()).isEqualTo(8);
    }
}
