// UNSAFE: bpf_probe_read_kernel is GPL-only; a program whose license is not GPL-compatible may not call it
// ("cannot call GPL-restricted function from non-GPL compatible program").
// cflags: -I/usr/include/x86_64-linux-gnu
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "Proprietary";

SEC("kprobe/do_nanosleep")
int gpl_only_helper(struct pt_regs *ctx)
{
    long v = 0;
    bpf_probe_read_kernel(&v, sizeof(v), ctx);
    return v == 1;
}
