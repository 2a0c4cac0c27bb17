// Program array: a dispatcher tail-calls one program per bind operation; the callees log with bpf_printk.
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

SEC("bind/on_bind")
bind_action_t OnBind(bind_md_t *ctx)
{
    bpf_printk("bind by pid %u", (uint32_t)ctx->process_id);
    return BIND_PERMIT;
}

SEC("bind/on_post_bind")
bind_action_t OnPostBind(bind_md_t *ctx)
{
    bpf_printk("post-bind by pid %u, protocol %u", (uint32_t)ctx->process_id, ctx->protocol);
    return BIND_PERMIT;
}

SEC("bind/on_unbind")
bind_action_t OnUnbind(bind_md_t *ctx)
{
    bpf_printk("unbind");
    return BIND_PERMIT;
}

struct {
    __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
    __uint(max_entries, 3);
    __type(key, uint32_t);
    __array(values, bind_action_t(bind_md_t *));
} operation_programs SEC(".maps") = {
    .values = {
        [BIND_OPERATION_BIND] = (void *)&OnBind,
        [BIND_OPERATION_POST_BIND] = (void *)&OnPostBind,
        [BIND_OPERATION_UNBIND] = (void *)&OnUnbind,
    },
};

SEC("bind")
bind_action_t DispatchByOperation(bind_md_t *ctx)
{
    bpf_tail_call(ctx, &operation_programs, ctx->operation);
    return BIND_PERMIT; // reached only when the slot is empty
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
