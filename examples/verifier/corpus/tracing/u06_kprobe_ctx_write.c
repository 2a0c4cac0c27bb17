#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/__x64_sys_getpid")
int override(struct pt_regs *ctx)
{
	PT_REGS_RC(ctx) = 0;	/* BUG: pt_regs is read-only for kprobes (use bpf_override_return) */
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
