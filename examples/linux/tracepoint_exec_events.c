// Linux tracepoint: streams one record per exec (time, pid, new task name) through a ring buffer.
#include <bpf_helpers.h>

struct exec_event {
    __u64 timestamp;
    __u32 pid;
    char comm[16];
};

struct {
    __uint(type, BPF_MAP_TYPE_RINGBUF);
    __uint(max_entries, 64 * 1024);
} exec_events SEC(".maps");

SEC("tracepoint/sched/sched_process_exec")
int record_exec(void *record)
{
    struct exec_event event = {0};
    event.timestamp = bpf_ktime_get_boot_ns();
    event.pid = bpf_get_current_pid_tgid() >> 32;
    bpf_get_current_comm(event.comm, sizeof(event.comm));
    bpf_ringbuf_output(&exec_events, &event, sizeof(event), 0);
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
