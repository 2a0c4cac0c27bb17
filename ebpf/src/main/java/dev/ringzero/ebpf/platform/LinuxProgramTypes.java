package dev.ringzero.ebpf.platform;

import static dev.ringzero.ebpf.platform.ContextField.pointer;
import static dev.ringzero.ebpf.platform.ContextField.read;
import static dev.ringzero.ebpf.platform.FieldKind.PACKET_END;
import static dev.ringzero.ebpf.platform.FieldKind.PACKET_META;
import static dev.ringzero.ebpf.platform.FieldKind.PACKET_START;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Linux program types ringzero implements, numbered as {@code enum bpf_prog_type}, with libbpf's
 * section rules (in libbpf's order), the context accesses the kernel's {@code *_is_valid_access}
 * allow a privileged loader, and the helpers Linux 6.18 accepted from each type when loaded as root
 * (measured by {@code examples/verifier/probe_helpers.py}, one program per type and helper id, into the
 * resource {@value #AVAILABILITY}).
 */
final class LinuxProgramTypes {
    private LinuxProgramTypes() {}

    static final ContextLayout XDP_MD = ContextLayout.of("struct xdp_md", 24,
            pointer("data", 0, 4, PACKET_START),
            pointer("data_end", 4, 4, PACKET_END),
            pointer("data_meta", 8, 4, PACKET_META),
            read("ingress_ifindex", 12, 4),
            read("rx_queue_index", 16, 4),
            read("egress_ifindex", 20, 4));

    /** Every field of {@code struct __sk_buff} ringzero models; each program type sees a subset. */
    private static final List<ContextField> SK_BUFF_FIELDS = List.of(
            read("len", 0, 4),
            read("pkt_type", 4, 4),
            read("mark", 8, 4),
            read("queue_mapping", 12, 4),
            read("protocol", 16, 4),
            read("vlan_present", 20, 4),
            read("vlan_tci", 24, 4),
            read("vlan_proto", 28, 4),
            read("priority", 32, 4),
            read("ingress_ifindex", 36, 4),
            read("ifindex", 40, 4),
            read("tc_index", 44, 4),
            read("cb", 48, 20),
            read("hash", 68, 4),
            read("tc_classid", 72, 4),
            pointer("data", 76, 4, PACKET_START),
            pointer("data_end", 80, 4, PACKET_END),
            read("napi_id", 84, 4),
            read("family", 88, 4),
            read("remote_ip4", 92, 4),
            read("local_ip4", 96, 4),
            read("remote_ip6", 100, 16),
            read("local_ip6", 116, 16),
            read("remote_port", 132, 4),
            read("local_port", 136, 4),
            pointer("data_meta", 140, 4, PACKET_META),
            read("tstamp", 152, 8),
            read("wire_len", 160, 4),
            read("gso_segs", 164, 4),
            read("gso_size", 176, 4),
            read("hwtstamp", 184, 8));

    private static final List<String> SOCKET_FIELDS = List.of(
            "family", "remote_ip4", "local_ip4", "remote_ip6", "local_ip6", "remote_port", "local_port");

    static final ContextLayout SK_BUFF_SOCKET_FILTER = skBuff(
            with(SOCKET_FIELDS, "tc_classid", "data", "data_end", "data_meta", "tstamp", "wire_len", "hwtstamp"),
            List.of("cb"));

    static final ContextLayout SK_BUFF_TC = skBuff(
            SOCKET_FIELDS,
            List.of("mark", "tc_index", "priority", "cb", "tc_classid", "tstamp", "queue_mapping"));

    static final ContextLayout SK_BUFF_CGROUP = skBuff(
            List.of("tc_classid", "data_meta", "wire_len"),
            List.of("mark", "priority", "cb", "tstamp"));

    /** x86-64 {@code struct pt_regs}, the kprobe context. */
    static final ContextLayout PT_REGS = ContextLayout.rawReadable("struct pt_regs", 168, ptRegs());

    /** {@code struct bpf_perf_event_data}: the sampled registers, then sample_period and addr; read only. */
    static final ContextLayout PERF_EVENT_DATA = ContextLayout.rawReadable("struct bpf_perf_event_data", 184,
            perfEventFields());

    /** A raw tracepoint's arguments: up to MAX_BPF_FUNC_ARGS (12) u64 values, read only. */
    static final ContextLayout RAW_TRACEPOINT_ARGS = ContextLayout.rawReadable("raw tracepoint arguments", 96,
            read("args", 0, 96));

    /** A trace event record: the common header, then the event's fields (up to PERF_MAX_TRACE_SIZE). */
    static final ContextLayout TRACE_EVENT = ContextLayout.rawReadable("trace event record", 8192,
            read("common_type", 0, 2),
            read("common_flags", 2, 1),
            read("common_preempt_count", 3, 1),
            read("common_pid", 4, 4));

    /** Where {@link #helpersOf} reads the measured helper availability. */
    static final String AVAILABILITY = "linux_helper_availability.txt";

    private static final Map<String, Set<Integer>> AVAILABLE = readAvailability();

    static final List<ProgramType> ALL = List.of(
            new ProgramType(Platform.LINUX, "socket_filter", 1,
                    List.of(exact("socket", "")), SK_BUFF_SOCKET_FILTER, ReturnRange.ANY, helpersOf("socket_filter")),
            new ProgramType(Platform.LINUX, "kprobe", 2,
                    List.of(exactOrSlash("kprobe"), exactOrSlash("kretprobe"), exactOrSlash("uprobe"),
                            exactOrSlash("uretprobe"), exactOrSlash("kprobe.multi"), exactOrSlash("kretprobe.multi"),
                            exactOrSlash("uprobe.multi"), exactOrSlash("uretprobe.multi"), exactOrSlash("ksyscall"),
                            exactOrSlash("kretsyscall"), exactOrSlash("usdt")), PT_REGS, ReturnRange.ANY, helpersOf("kprobe")),
            new ProgramType(Platform.LINUX, "sched_cls", 3,
                    List.of(exact("tc/ingress", "BPF_TCX_INGRESS"), exact("tc/egress", "BPF_TCX_EGRESS"),
                            exact("tcx/ingress", "BPF_TCX_INGRESS"), exact("tcx/egress", "BPF_TCX_EGRESS"),
                            exact("tc", ""), exact("classifier", "")),
                    SK_BUFF_TC, ReturnRange.ANY, helpersOf("sched_cls")),
            new ProgramType(Platform.LINUX, "sched_act", 4,
                    List.of(exact("action", "")), SK_BUFF_TC, ReturnRange.ANY, helpersOf("sched_act")),
            new ProgramType(Platform.LINUX, "tracepoint", 5,
                    List.of(exactOrSlash("tracepoint"), exactOrSlash("tp")), TRACE_EVENT, ReturnRange.ANY, helpersOf("tracepoint")),
            new ProgramType(Platform.LINUX, "xdp", 6,
                    List.of(exact("xdp/cpumap", "BPF_XDP_CPUMAP"), exact("xdp.frags/cpumap", "BPF_XDP_CPUMAP"),
                            exact("xdp.frags", "BPF_XDP"), exact("xdp", "BPF_XDP")),
                    XDP_MD, new ReturnRange(0, 4), helpersOf("xdp")), // XDP_ABORTED .. XDP_REDIRECT
            // programs a device map runs on egress may also read egress_ifindex
            new ProgramType(Platform.LINUX, "xdp", 6,
                    List.of(exact("xdp.frags/devmap", "BPF_XDP_DEVMAP"), exact("xdp/devmap", "BPF_XDP_DEVMAP")),
                    XDP_MD, new ReturnRange(0, 4), helpersOf("xdp")),
            new ProgramType(Platform.LINUX, "perf_event", 7,
                    List.of(exact("perf_event", "")), PERF_EVENT_DATA, ReturnRange.ANY, helpersOf("perf_event")),
            new ProgramType(Platform.LINUX, "raw_tracepoint", 17,
                    List.of(exactOrSlash("raw_tracepoint"), exactOrSlash("raw_tp")), RAW_TRACEPOINT_ARGS, ReturnRange.ANY,
                    helpersOf("raw_tracepoint")),
            new ProgramType(Platform.LINUX, "cgroup_skb", 8,
                    List.of(exact("cgroup_skb/ingress", "BPF_CGROUP_INET_INGRESS")),
                    SK_BUFF_CGROUP, new ReturnRange(0, 1), helpersOf("cgroup_skb")), // drop, allow
            // egress programs may also set bit 1 (congestion notification), so they return 0..3
            new ProgramType(Platform.LINUX, "cgroup_skb", 8,
                    List.of(exact("cgroup_skb/egress", "BPF_CGROUP_INET_EGRESS")),
                    SK_BUFF_CGROUP, new ReturnRange(0, 3), helpersOf("cgroup_skb")));

    private static SectionRule exact(String name, String attachType) {
        return new SectionRule(name, SectionMatch.EXACT, attachType);
    }

    private static SectionRule exactOrSlash(String name) {
        return new SectionRule(name, SectionMatch.EXACT_OR_SLASH, "");
    }

    private static ContextLayout skBuff(List<String> hidden, List<String> writable) {
        var fields = new ArrayList<ContextField>();
        for (ContextField field : SK_BUFF_FIELDS) {
            if (hidden.contains(field.name())) {
                continue;
            }
            fields.add(writable.contains(field.name())
                    ? new ContextField(field.name(), field.offset(), field.size(), FieldAccess.READ_WRITE, field.kind())
                    : field);
        }
        return new ContextLayout("struct __sk_buff", 192, fields, false);
    }

    private static ContextField[] perfEventFields() {
        ContextField[] regs = ptRegs();
        ContextField[] all = java.util.Arrays.copyOf(regs, regs.length + 2);
        all[regs.length] = read("sample_period", 168, 8);
        all[regs.length + 1] = read("addr", 176, 8);
        return all;
    }

    private static ContextField[] ptRegs() {
        String[] names = {"r15", "r14", "r13", "r12", "bp", "bx", "r11", "r10", "r9", "r8", "ax", "cx", "dx", "si", "di",
                "orig_ax", "ip", "cs", "flags", "sp", "ss"};
        var fields = new ContextField[names.length];
        for (int i = 0; i < names.length; i++) {
            fields[i] = read(names[i], i * 8, 8);
        }
        return fields;
    }

    private static List<String> with(List<String> names, String... more) {
        var all = new ArrayList<>(names);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    /** The helpers ringzero declares that the kernel let programs of {@code type} call. */
    static Set<HelperFunction> helpersOf(String type) {
        Set<Integer> ids = AVAILABLE.getOrDefault(type, Set.of());
        var helpers = EnumSet.noneOf(HelperFunction.class);
        for (HelperPrototype prototype : LinuxHelpers.PROTOTYPES) {
            if (ids.contains(prototype.id())) {
                helpers.add(prototype.function());
            }
        }
        return Set.copyOf(helpers);
    }

    /**
     * The measured table: lines {@code ID NAME TYPE,TYPE,...} ({@code -} for none), written by
     * {@code examples/verifier/probe_helpers.py}.
     */
    static Map<String, Set<Integer>> readAvailability() {
        var byType = new HashMap<String, Set<Integer>>();
        try (InputStream in = LinuxProgramTypes.class.getResourceAsStream(AVAILABILITY)) {
            if (in == null) {
                throw new IllegalStateException("resource " + AVAILABILITY + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\s+");
                if (fields.length != 3) {
                    throw new IllegalStateException(AVAILABILITY + ": malformed line '" + line + "'");
                }
                int id = Integer.parseInt(fields[0]);
                if (fields[2].equals("-")) {
                    continue;
                }
                for (String type : fields[2].split(",")) {
                    byType.computeIfAbsent(type, k -> new HashSet<>()).add(id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byType.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(byType);
    }
}
