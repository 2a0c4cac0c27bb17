// SAFE: copies a user string and the task's ids with tracing helpers.
#include "common.h"

SEC("kprobe/do_sys_openat2")
int probe_read_user_ok(void *ctx)
{
    char name[32];
    const char *user = (const char *)(long)bpf_get_current_pid_tgid();
    long n = bpf_probe_read_user_str(name, sizeof(name), user);
    __u64 task = bpf_get_current_task();
    __u64 parent = 0;
    bpf_probe_read_kernel(&parent, sizeof(parent), (void *)(task + 8));
    return n + bpf_get_current_uid_gid() + bpf_jiffies64() + bpf_get_numa_node_id() > 0;
}
