// UNSAFE: writes into the record after submitting it.
#include "common.h"

struct event { __u32 pid; __u32 uid; };

struct {
    __uint(type, BPF_MAP_TYPE_RINGBUF);
    __uint(max_entries, 4096);
} events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int ringbuf_use_after_submit(void *ctx)
{
    struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
    if (!e)
        return 0;
    e->pid = bpf_get_current_pid_tgid() >> 32;
    bpf_ringbuf_submit(e, 0);
    e->uid = bpf_get_current_uid_gid();
    return 0;
}
