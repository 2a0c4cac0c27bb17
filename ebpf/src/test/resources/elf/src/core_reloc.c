/* A CO-RE field access (preserve_access_index): clang records a field-offset relocation in the
 * CO-RE subsection of .BTF.ext, which the loader skips. */
#include "bpf_defs.h"

struct task_info {
    int pid;
    int tgid;
} __attribute__((preserve_access_index));

SEC("kprobe")
int read_tgid(struct task_info *task)
{
    return task->tgid;
}

char _license[] SEC("license") = "GPL";
