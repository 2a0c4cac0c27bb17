// SAFE: a CO-RE read of task_struct.pid, a field the kernel has; the loader moves the offset to the kernel's.
#include <bpf_core.h>

struct task_struct {
    int pid;
    int tgid;
} __attribute__((preserve_access_index));

__u64 seen;

SEC("kprobe/do_nanosleep")
int core_field_read(void *ctx)
{
    struct task_struct *t = (void *)bpf_get_current_pid_tgid(); /* any scalar: probe_read_kernel takes it */
    int pid = 0;
    BPF_CORE_READ_FIELD(pid, t, pid);
    seen = pid + bpf_core_field_size(t->tgid);
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
