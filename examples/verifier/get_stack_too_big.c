// UNSAFE: bpf_get_stack is told the buffer holds 256 bytes, but it has 128.
#include "common.h"

SEC("kprobe/do_sys_openat2")
int get_stack_too_big(void *ctx)
{
    __u64 ips[16];
    return bpf_get_stack(ctx, ips, 256, 0) > 0;
}
