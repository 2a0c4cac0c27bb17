// SAFE: type and enum-value relocations: a type the kernel lacks is reported missing (0), a real one has its
// size, and the value of an enumerator the kernel lacks is only used behind bpf_core_enum_value_exists.
#include <bpf_core.h>

struct task_struct {
    int pid;
} __attribute__((preserve_access_index));

struct ringzero_no_such_type {
    int x;
};

enum pid_type {
    PIDTYPE_PID,
    PIDTYPE_TGID,
    PIDTYPE_PGID,
    PIDTYPE_SID,
    PIDTYPE_RINGZERO_NOPE,
};

__u64 seen;

SEC("kprobe/do_nanosleep")
int core_type_enum_guarded(void *ctx)
{
    __u64 v = 0;
    if (bpf_core_type_exists(struct ringzero_no_such_type))
        v += bpf_core_type_size(struct ringzero_no_such_type);
    if (bpf_core_type_exists(struct task_struct))
        v += bpf_core_type_size(struct task_struct) > 0;
    if (bpf_core_enum_value_exists(enum pid_type, PIDTYPE_RINGZERO_NOPE))
        v += bpf_core_enum_value(enum pid_type, PIDTYPE_RINGZERO_NOPE);
    else
        v += bpf_core_enum_value(enum pid_type, PIDTYPE_SID);
    seen = v;
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
