#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
struct qstr_like { __u32 hash; __u32 len; const unsigned char *name; };

SEC("kprobe/d_lookup")
int lookup(struct pt_regs *ctx)
{
	const struct qstr_like *q = (const struct qstr_like *)PT_REGS_PARM2(ctx);
	__u32 len = q->len;	/* BUG: kernel memory read without bpf_probe_read_kernel */
	bpf_printk("d_lookup len=%u", len);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
