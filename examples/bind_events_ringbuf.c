// Ring buffer: streams one record per bind (time, pid, port, protocol, first 32 bytes of the App ID).
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

#define MIN(x, y) ((x) < (y) ? (x) : (y))

typedef struct _bind_record {
    uint64_t timestamp;
    uint32_t process_id;
    uint16_t port; // host byte order
    uint8_t protocol;
    uint8_t operation;
    char app_id[32];
} bind_record_t;

struct {
    __uint(type, BPF_MAP_TYPE_RINGBUF);
    __uint(max_entries, 64 * 1024);
} bind_records SEC(".maps");

SEC("bind")
bind_action_t RecordBinds(bind_md_t *ctx)
{
    bind_record_t record = {0};
    record.timestamp = bpf_ktime_get_ns();
    record.process_id = (uint32_t)ctx->process_id;
    record.port = (uint16_t)(ctx->socket_address[2] << 8 | ctx->socket_address[3]);
    record.protocol = ctx->protocol;
    record.operation = (uint8_t)ctx->operation;
    memcpy(record.app_id, ctx->app_id_start, MIN(sizeof(record.app_id), ctx->app_id_end - ctx->app_id_start));
    bpf_ringbuf_output(&bind_records, &record, sizeof(record), 0);
    return BIND_PERMIT;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
