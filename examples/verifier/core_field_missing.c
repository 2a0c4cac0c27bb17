// UNSAFE: reads task_struct___old.state without checking that it exists; Linux 5.14 renamed it to __state,
// so libbpf cannot relocate the read and replaces it with a call of the invalid helper 0xbad2310.
#include <bpf_core.h>

struct task_struct___old {
    long state;
} __attribute__((preserve_access_index));

__u64 seen;

SEC("kprobe/do_nanosleep")
int core_field_missing(void *ctx)
{
    struct task_struct___old *t = (void *)bpf_get_current_pid_tgid();
    long state = 0;
    BPF_CORE_READ_FIELD(state, t, state);
    seen = state;
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
