#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* syscall dispatcher: tail call into a per-syscall handler (BCC/tracee style) */
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 512); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } handlers SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } misses SEC(".maps");

SEC("kprobe/x64_sys_call")
int dispatch(struct pt_regs *ctx)
{
	__u32 nr = PT_REGS_PARM2(ctx), zero = 0;
	__u64 *m;
	if (nr >= 512)
		return 0;
	bpf_tail_call(ctx, &handlers, nr);
	m = bpf_map_lookup_elem(&misses, &zero);
	if (m)
		*m += 1;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
