// UNSAFE: writes 4 bytes past the 8-byte reservation.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_RINGBUF);
    __uint(max_entries, 4096);
} events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int ringbuf_write_past(void *ctx)
{
    __u32 *e = bpf_ringbuf_reserve(&events, 8, 0);
    if (!e)
        return 0;
    e[0] = 1;
    e[1] = 2;
    e[2] = 3;
    bpf_ringbuf_submit(e, 0);
    return 0;
}
