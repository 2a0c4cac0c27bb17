// SAFE: untyped __ksym externs: libbpf writes the kernel symbol's address (from /proc/kallsyms) into the
// lddw, so the program loads a plain number; a weak extern the kernel lacks is 0.
#include <bpf_core.h>

extern const void schedule __ksym;
extern const void ringzero_no_such_symbol __ksym __weak;

__u64 seen;

SEC("kprobe/do_nanosleep")
int ksym_untyped(void *ctx)
{
    seen = (__u64)&schedule;
    if (&ringzero_no_such_symbol)
        seen = 1;
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
