// Queue: every bind pushes (pid, protocol) so user mode can pop binds first-in, first-out.
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

typedef struct _bind_event {
    uint32_t process_id;
    uint32_t protocol;
} bind_event_t;

struct {
    __uint(type, BPF_MAP_TYPE_QUEUE);
    __type(value, bind_event_t);
    __uint(max_entries, 128);
} bind_queue SEC(".maps");

SEC("bind")
bind_action_t QueueBinds(bind_md_t *ctx)
{
    if (ctx->operation == BIND_OPERATION_BIND) {
        bind_event_t event = {.process_id = (uint32_t)ctx->process_id, .protocol = ctx->protocol};
        bpf_map_push_elem(&bind_queue, &event, BPF_EXIST); // BPF_EXIST: drop the oldest when full
    }
    return BIND_PERMIT;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
