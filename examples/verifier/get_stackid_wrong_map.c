// UNSAFE: bpf_get_stackid needs a stack trace map, not a hash map.
#include "common.h"

SEC("kprobe/do_sys_openat2")
int get_stackid_wrong_map(void *ctx)
{
    return bpf_get_stackid(ctx, &values, 0) < 0;
}
