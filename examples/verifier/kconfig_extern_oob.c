// UNSAFE: CONFIG_HZ >> 5 is 7 with HZ=250, past the end of a 4-element stack array; the verifier sees the
// .kconfig value as a constant and rejects the access.
#include <bpf_core.h>

extern unsigned int CONFIG_HZ __kconfig;

__u64 seen;

SEC("kprobe/do_nanosleep")
int kconfig_extern_oob(void *ctx)
{
    __u64 slots[4] = {1, 2, 3, 4};
    seen = slots[CONFIG_HZ >> 5];
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
