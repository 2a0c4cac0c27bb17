// SAFE: __kconfig externs live in libbpf's read-only .kconfig map, so the verifier knows their values:
// CONFIG_HZ >> 7 is 1 with HZ=250 (an in-bounds index), LINUX_KERNEL_VERSION is 6.18, an unknown weak
// CONFIG_ option is 0 (LINUX_HAS_SYSCALL_WRAPPER is 1 only where libbpf can open a kprobe).
#include <bpf_core.h>

extern int LINUX_KERNEL_VERSION __kconfig;
extern unsigned int CONFIG_HZ __kconfig;
extern _Bool LINUX_HAS_SYSCALL_WRAPPER __kconfig;
extern int CONFIG_RINGZERO_NO_SUCH_OPTION __kconfig __weak;

__u64 seen;
__u64 wrapper;

SEC("kprobe/do_nanosleep")
int kconfig_extern(void *ctx)
{
    __u64 slots[4] = {1, 2, 3, 4};
    wrapper = LINUX_HAS_SYSCALL_WRAPPER;
    if (LINUX_KERNEL_VERSION >= KERNEL_VERSION(5, 0, 0) && CONFIG_RINGZERO_NO_SUCH_OPTION == 0)
        seen = slots[CONFIG_HZ >> 7];
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
