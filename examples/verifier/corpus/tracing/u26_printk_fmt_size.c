#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/do_exit")
int kp_exit(struct pt_regs *ctx)
{
	char fmt[] = "exit code %ld\n";
	/* BUG: hard-coded size larger than the 15-byte format buffer */
	bpf_trace_printk(fmt, 32, PT_REGS_PARM1(ctx));
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
