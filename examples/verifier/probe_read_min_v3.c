// cflags: -mcpu=v3
// SAFE: copies MIN(len, sizeof buf) bytes with bpf_probe_read_kernel.
#include "common.h"

SEC("kprobe/do_sys_openat2")
int probe_read_min(void *regs)
{
    char buf[32];
    __u64 *r = regs;
    __u32 len = r[13];  /* si */
    len = MIN(len, sizeof(buf));
    bpf_probe_read_kernel(buf, len, (void *)r[14]);
    __u32 key = 0;
    struct value *v = bpf_map_lookup_elem(&values, &key);
    if (v)
        v->last = buf[0];
    return 0;
}
