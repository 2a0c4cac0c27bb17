// SAFE: the get_task_state() idiom: bpf_core_field_exists picks state or __state, and the poisoned read of the
// missing field sits on a branch the verifier proves dead (the existence check becomes the constant 0).
#include <bpf_core.h>

struct task_struct___old {
    long state;
} __attribute__((preserve_access_index));

struct task_struct___new {
    unsigned int __state;
} __attribute__((preserve_access_index));

__u64 seen;

SEC("kprobe/do_nanosleep")
int core_field_guarded(void *ctx)
{
    void *t = (void *)bpf_get_current_pid_tgid();
    struct task_struct___old *old = t;
    struct task_struct___new *new = t;
    if (bpf_core_field_exists(old->state)) {
        long state = 0;
        BPF_CORE_READ_FIELD(state, old, state);
        seen = state;
    } else {
        unsigned int state = 0;
        BPF_CORE_READ_FIELD(state, new, __state);
        seen = state;
    }
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
