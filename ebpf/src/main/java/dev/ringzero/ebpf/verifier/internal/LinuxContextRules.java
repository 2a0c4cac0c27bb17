package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.platform.ContextField;
import dev.ringzero.ebpf.platform.ProgramType;
import java.util.Set;

/**
 * Access widths the Linux kernel's {@code *_is_valid_access} functions allow beyond the fields'
 * bounds, as Linux 6.18 judged every 1-, 2-, 4- and 8-byte access of every context offset
 * (see {@code LinuxContextAccessTest}).
 */
final class LinuxContextRules {
    private LinuxContextRules() {}

    /** The offset of {@code __sk_buff.sk}, a pointer to the packet's socket or NULL. */
    static final int SK_BUFF_SK = 168;

    /** __sk_buff fields that are read only whole, 4 bytes at a time. */
    private static final Set<String> WHOLE_WORD_SK_BUFF = Set.of("remote_ip4", "local_ip4", "remote_ip6", "local_ip6");

    /** Why a read of {@code size} bytes inside {@code field} is invalid, or null when it is valid. */
    static String readProblem(ProgramType type, ContextField field, int size) {
        if (type.name().equals("xdp")) {
            if (field.name().equals("egress_ifindex")
                    && type.sections().stream().noneMatch(rule -> rule.attachType().equals("BPF_XDP_DEVMAP"))) {
                return "egress_ifindex is readable only by XDP programs attached to a device map";
            }
            if (size != 4) {
                return "xdp_md fields are read 4 bytes at a time";
            }
        }
        if (type.name().equals("perf_event") && field.offset() < 168 && size != 8) {
            return "the registers of bpf_perf_event_data are read 8 bytes at a time";
        }
        if (type.context().cType().equals("struct __sk_buff")) {
            if (field.size() == 8 && size != 8) {
                return field.name() + " is read whole (8 bytes)";
            }
            if (WHOLE_WORD_SK_BUFF.contains(field.name()) && size != 4) {
                return field.name() + " is read 4 bytes at a time";
            }
        }
        return null;
    }

    /**
     * Reads the platform's layout leaves out but the kernel allows: {@code __sk_buff.sk} (8 bytes at
     * 168, a socket pointer or NULL; ringzero lets only a privileged loader read it) and
     * tc's {@code tstamp_type} byte at 180.
     */
    static boolean extraReadable(ProgramType type, long off, int size, boolean privileged) {
        if (!type.context().cType().equals("struct __sk_buff")) {
            return false;
        }
        if (off == SK_BUFF_SK && size == 8) {
            return privileged;
        }
        return off == 180 && size == 1 && (type.name().equals("sched_cls") || type.name().equals("sched_act"));
    }

    /** Whether a write of {@code size} bytes into a writable field is allowed: whole fields, any width into cb[]. */
    static boolean writeSizeAllowed(ContextField field, int size) {
        if (field.name().equals("cb")) {
            return true;
        }
        return size == field.size();
    }
}
