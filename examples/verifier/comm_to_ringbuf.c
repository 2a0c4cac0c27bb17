// SAFE: copies the task name into a ring buffer record.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_RINGBUF);
    __uint(max_entries, 4096);
} names SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int comm_to_ringbuf(void *ctx)
{
    char comm[16];
    bpf_get_current_comm(comm, sizeof(comm));
    bpf_ringbuf_output(&names, comm, sizeof(comm), 0);
    return 0;
}
