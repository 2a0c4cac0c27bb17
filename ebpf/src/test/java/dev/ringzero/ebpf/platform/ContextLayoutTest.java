package dev.ringzero.ebpf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextLayoutTest {

    // Offsets read by hand from `bpftool btf dump file examples/trace_connections.o` (bits_offset / 8).
    @Test
    void bindContextIsTheArticlesBindMd() {
        ContextLayout bind = ProgramType.named(Platform.WINDOWS, "bind").orElseThrow().context();

        assertThat(bind.cType()).isEqualTo("bind_md_t");
        assertThat(bind.size()).isEqualTo(56);
        assertThat(bind.field("app_id_start").orElseThrow()).isEqualTo(
                new ContextField("app_id_start", 0, 8, FieldAccess.READ, FieldKind.PACKET_START));
        assertThat(bind.field("app_id_end").orElseThrow()).isEqualTo(
                new ContextField("app_id_end", 8, 8, FieldAccess.READ, FieldKind.PACKET_END));
        assertThat(bind.field("process_id").orElseThrow().offset()).isEqualTo(16);
        assertThat(bind.field("socket_address").orElseThrow().offset()).isEqualTo(24);
        assertThat(bind.field("socket_address_length").orElseThrow().offset()).isEqualTo(40);
        assertThat(bind.field("operation").orElseThrow().offset()).isEqualTo(44);
        assertThat(bind.field("protocol").orElseThrow().offset()).isEqualTo(48);
    }

    @Test
    void linuxXdpDataFieldsAre32BitLoadsOfPacketPointers() {
        ContextLayout xdp = ProgramType.named(Platform.LINUX, "xdp").orElseThrow().context();

        assertThat(xdp.fieldOfKind(FieldKind.PACKET_START).orElseThrow()).isEqualTo(
                new ContextField("data", 0, 4, FieldAccess.READ, FieldKind.PACKET_START));
        assertThat(xdp.fieldOfKind(FieldKind.PACKET_END).orElseThrow()).isEqualTo(
                new ContextField("data_end", 4, 4, FieldAccess.READ, FieldKind.PACKET_END));
        assertThat(xdp.size()).isEqualTo(24);
    }

    @Test
    void socketFiltersCannotReachPacketPointersButTcCan() {
        ContextLayout socketFilter = ProgramType.named(Platform.LINUX, "socket_filter").orElseThrow().context();
        ContextLayout tc = ProgramType.named(Platform.LINUX, "sched_cls").orElseThrow().context();

        assertThat(socketFilter.fieldAt(76)).isEmpty();
        assertThat(tc.fieldAt(76).map(ContextField::kind)).contains(FieldKind.PACKET_START);
        assertThat(tc.fieldAt(80).map(ContextField::kind)).contains(FieldKind.PACKET_END);
    }

    @Test
    void socketFiltersMayWriteOnlyTheControlBuffer() {
        ContextLayout socketFilter = ProgramType.named(Platform.LINUX, "socket_filter").orElseThrow().context();

        assertThat(socketFilter.fields()).filteredOn(field -> field.access().writable())
                .extracting(ContextField::name).containsExactly("cb");
        assertThat(socketFilter.fieldAt(56).map(ContextField::name)).contains("cb");
    }

    @Test
    void tcMayWriteTheMark() {
        ContextLayout tc = ProgramType.named(Platform.LINUX, "sched_cls").orElseThrow().context();

        assertThat(tc.field("mark").orElseThrow().access()).isEqualTo(FieldAccess.READ_WRITE);
        assertThat(tc.field("len").orElseThrow().access()).isEqualTo(FieldAccess.READ);
    }

    @Test
    void unionMembersShareTheirOffset() {
        ContextLayout sockAddr = ProgramType.named(Platform.WINDOWS, "sock_addr").orElseThrow().context();

        assertThat(sockAddr.field("user_ip4").orElseThrow().offset()).isEqualTo(24);
        assertThat(sockAddr.field("user_ip6").orElseThrow().offset()).isEqualTo(24);
        assertThat(sockAddr.field("user_port").orElseThrow().offset()).isEqualTo(40);
    }

    @Test
    void kprobeRegistersAreRawReadable() {
        ContextLayout regs = ProgramType.named(Platform.LINUX, "kprobe").orElseThrow().context();

        assertThat(regs.rawReadable()).isTrue();
        assertThat(regs.size()).isEqualTo(168);
        assertThat(regs.field("di").orElseThrow().offset()).isEqualTo(112);
    }

    @ParameterizedTest(name = "{1} in {0} matches its ringzero layout")
    @CsvSource({
        "trace_connections.o,          _bind_md,        WINDOWS, bind",
        "connect_port_count.o,         bpf_sock_addr,   WINDOWS, sock_addr",
        "sockops_connection_log.o,     _bpf_sock_ops,   WINDOWS, sockops",
        "xdp_protocol_count.o,         xdp_md_,         WINDOWS, xdp_test",
        "linux/xdp_protocol_count.o,   xdp_md,          LINUX,   xdp",
        "linux/socket_udp_only.o,      __sk_buff,       LINUX,   socket_filter",
        "linux/tc_mark_by_port.o,      __sk_buff,       LINUX,   sched_cls",
    })
    void layoutAgreesWithTheBtfClangRecorded(String object, String struct, Platform platform, String programType)
            throws Exception {
        var btf = BtfStructs.of(Examples.file(object));
        Assumptions.assumeTrue(btf.isPresent(), "bpftool is not installed");
        Map<String, BtfStructs.Member> members = btf.get().members(struct);
        ContextLayout layout = ProgramType.named(platform, programType).orElseThrow().context();

        assertThat(layout.size()).isEqualTo(btf.get().size(struct));
        for (ContextField field : layout.fields()) {
            assertThat(members).as(struct + " in BTF").containsKey(field.name());
            assertThat(new BtfStructs.Member(field.offset(), field.size()))
                    .as(struct + "." + field.name())
                    .isEqualTo(members.get(field.name()));
        }
    }
}
