// UNSAFE: bpf_probe_read_kernel of up to 64 bytes into a 32-byte buffer.
#include "common.h"

SEC("kprobe/do_sys_openat2")
int probe_read_too_long(void *regs)
{
    char buf[32];
    __u64 *r = regs;
    __u32 len = r[13] & 63;
    bpf_probe_read_kernel(buf, len, (void *)r[14]);
    return buf[0];
}
