#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* one program attached to many vfs_* functions */
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } calls SEC(".maps");

SEC("kprobe.multi/vfs_*")
int kp_vfs_any(struct pt_regs *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&calls, &zero);
	if (v)
		*v += 1;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
