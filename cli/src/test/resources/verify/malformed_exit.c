// An exit instruction with a non-zero immediate (a reserved field): the kernel refuses to load it
// ("BPF_EXIT uses reserved fields"), so rz verify gives a failing verdict rather than calling the file unusable.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("socket")
__attribute__((naked)) int malformed_exit(void)
{
    asm volatile("r0 = 0; .byte 0x95, 0, 0, 0, 1, 0, 0, 0" ::: "memory");
}

char LICENSE[] SEC("license") = "GPL";
