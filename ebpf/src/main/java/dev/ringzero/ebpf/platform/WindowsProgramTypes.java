package dev.ringzero.ebpf.platform;

import static dev.ringzero.ebpf.platform.ContextField.pointer;
import static dev.ringzero.ebpf.platform.ContextField.read;
import static dev.ringzero.ebpf.platform.ContextField.readWrite;
import static dev.ringzero.ebpf.platform.FieldKind.PACKET_END;
import static dev.ringzero.ebpf.platform.FieldKind.PACKET_META;
import static dev.ringzero.ebpf.platform.FieldKind.PACKET_START;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The program types of eBPF for Windows (netebpfext's bind, sock_addr and sockops; the XDP hooks;
 * the sample extension), with the section names its loader maps to them and the context layouts of
 * {@code examples/include/ebpf_nethooks.h}. As PREVAIL does, every byte of a Windows context is
 * readable; the data-region pointers are the fields its context descriptor names.
 */
final class WindowsProgramTypes {
    private WindowsProgramTypes() {}

    /** Helpers every Windows program type may call. */
    private static final Set<HelperFunction> GENERAL = generalHelpers();

    /** sock_addr adds the helpers that read the connecting process's identity through the context. */
    private static final Set<HelperFunction> SOCK_ADDR = with(GENERAL,
            HelperFunction.GET_CURRENT_LOGON_ID, HelperFunction.IS_CURRENT_ADMIN, HelperFunction.GET_SOCKET_COOKIE);

    static final ContextLayout BIND_MD = ContextLayout.rawReadable("bind_md_t", 56,
            pointer("app_id_start", 0, 8, PACKET_START),
            pointer("app_id_end", 8, 8, PACKET_END),
            read("process_id", 16, 8),
            readWrite("socket_address", 24, 16),
            read("socket_address_length", 40, 1),
            read("operation", 44, 4),
            read("protocol", 48, 1));

    static final ContextLayout BPF_SOCK_ADDR = ContextLayout.rawReadable("bpf_sock_addr_t", 64,
            read("family", 0, 4),
            read("msg_src_ip4", 4, 4),
            read("msg_src_ip6", 4, 16),
            read("msg_src_port", 20, 2),
            readWrite("user_ip4", 24, 4),
            readWrite("user_ip6", 24, 16),
            readWrite("user_port", 40, 2),
            read("protocol", 44, 4),
            read("compartment_id", 48, 4),
            read("interface_luid", 56, 8));

    static final ContextLayout BPF_SOCK_OPS = ContextLayout.rawReadable("bpf_sock_ops_t", 64,
            read("op", 0, 4),
            read("family", 4, 4),
            read("local_ip4", 8, 4),
            read("local_ip6", 8, 16),
            read("local_port", 24, 4),
            read("remote_ip4", 28, 4),
            read("remote_ip6", 28, 16),
            read("remote_port", 44, 4),
            read("protocol", 48, 1),
            read("compartment_id", 52, 4),
            read("interface_luid", 56, 8));

    static final ContextLayout XDP_MD = ContextLayout.rawReadable("xdp_md_t", 32,
            pointer("data", 0, 8, PACKET_START),
            pointer("data_end", 8, 8, PACKET_END),
            pointer("data_meta", 16, 8, PACKET_META),
            read("ingress_ifindex", 24, 4));

    static final ContextLayout SAMPLE_PROGRAM_CONTEXT = ContextLayout.rawReadable("sample_program_context_t", 32,
            pointer("data_start", 0, 8, PACKET_START),
            pointer("data_end", 8, 8, PACKET_END),
            read("uint32_data", 16, 4),
            read("uint16_data", 20, 2),
            read("helper_data_1", 24, 4),
            read("helper_data_2", 28, 4));

    private static final ReturnRange XDP_ACTIONS = new ReturnRange(1, 3); // XDP_PASS, XDP_DROP, XDP_TX

    static final List<ProgramType> ALL = List.of(
            new ProgramType(Platform.WINDOWS, "xdp", 1,
                    List.of(prefix("xdp", "BPF_XDP")), XDP_MD, XDP_ACTIONS, GENERAL),
            new ProgramType(Platform.WINDOWS, "bind", 2,
                    List.of(prefix("bind", "BPF_ATTACH_TYPE_BIND")),
                    BIND_MD, new ReturnRange(0, 2), GENERAL), // BIND_PERMIT, BIND_DENY, BIND_REDIRECT
            new ProgramType(Platform.WINDOWS, "sock_addr", 3,
                    List.of(
                            prefix("cgroup/connect4", "BPF_CGROUP_INET4_CONNECT"),
                            prefix("cgroup/connect6", "BPF_CGROUP_INET6_CONNECT"),
                            prefix("cgroup/recv_accept4", "BPF_CGROUP_INET4_RECV_ACCEPT"),
                            prefix("cgroup/recv_accept6", "BPF_CGROUP_INET6_RECV_ACCEPT")),
                    BPF_SOCK_ADDR, new ReturnRange(0, 2), SOCK_ADDR), // REJECT, PROCEED, PROCEED_HARD
            new ProgramType(Platform.WINDOWS, "sockops", 4,
                    List.of(prefix("sockops", "BPF_CGROUP_SOCK_OPS")), BPF_SOCK_OPS, ReturnRange.ANY, GENERAL),
            new ProgramType(Platform.WINDOWS, "xdp_test", 1,
                    List.of(prefix("xdp_test", "BPF_XDP_TEST")), XDP_MD, XDP_ACTIONS, GENERAL),
            new ProgramType(Platform.WINDOWS, "sample", 999,
                    List.of(prefix("sample_ext", "BPF_ATTACH_TYPE_SAMPLE")),
                    SAMPLE_PROGRAM_CONTEXT, ReturnRange.ANY, GENERAL));

    private static SectionRule prefix(String name, String attachType) {
        return new SectionRule(name, SectionMatch.PREFIX, attachType);
    }

    private static Set<HelperFunction> generalHelpers() {
        var helpers = EnumSet.noneOf(HelperFunction.class);
        for (HelperPrototype prototype : HelperTable.of(Platform.WINDOWS).all()) {
            helpers.add(prototype.function());
        }
        helpers.removeAll(EnumSet.of(
                HelperFunction.GET_CURRENT_LOGON_ID, HelperFunction.IS_CURRENT_ADMIN, HelperFunction.GET_SOCKET_COOKIE));
        return Set.copyOf(helpers);
    }

    private static Set<HelperFunction> with(Set<HelperFunction> base, HelperFunction... more) {
        var helpers = EnumSet.copyOf(base);
        helpers.addAll(List.of(more));
        return Set.copyOf(helpers);
    }
}
