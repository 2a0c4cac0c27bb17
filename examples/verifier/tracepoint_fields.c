// SAFE: reads fields of a tracepoint record (common_pid and the first argument).
#include "common.h"

struct sys_enter {
    __u16 common_type;
    __u8 common_flags;
    __u8 common_preempt_count;
    __s32 common_pid;
    __s64 id;
    __u64 args[6];
};

SEC("tracepoint/raw_syscalls/sys_enter")
int tracepoint_fields(struct sys_enter *ctx)
{
    __u32 key = ctx->common_pid;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (v)
        v->last = ctx->args[0];
    return 0;
}
