// UNSAFE: writes into the reservation without checking it for NULL.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_RINGBUF);
    __uint(max_entries, 4096);
} events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int ringbuf_no_null_check(void *ctx)
{
    __u64 *e = bpf_ringbuf_reserve(&events, 8, 0);
    *e = bpf_ktime_get_ns();
    bpf_ringbuf_submit(e, 0);
    return 0;
}
