// UNSAFE: uses the value of an enumerator the kernel's enum pid_type does not have, without checking that it
// exists: libbpf poisons the instruction and the verifier reaches it.
#include <bpf_core.h>

enum pid_type {
    PIDTYPE_PID,
    PIDTYPE_RINGZERO_NOPE,
};

__u64 seen;

SEC("kprobe/do_nanosleep")
int core_enum_value_missing(void *ctx)
{
    seen = bpf_core_enum_value(enum pid_type, PIDTYPE_RINGZERO_NOPE);
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
