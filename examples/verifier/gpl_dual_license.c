// SAFE: "Dual BSD/GPL" is GPL-compatible, so GPL-only helpers such as bpf_probe_read_kernel are allowed.
// cflags: -I/usr/include/x86_64-linux-gnu
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

SEC("kprobe/do_nanosleep")
int gpl_dual_license(struct pt_regs *ctx)
{
    long v = 0;
    bpf_probe_read_kernel(&v, sizeof(v), ctx);
    return v == 1;
}
