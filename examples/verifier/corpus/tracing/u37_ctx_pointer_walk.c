#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
/* BUG: walks the pt_regs with an incremented ctx pointer; ctx loads need r1 unmodified + constant insn offset */
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } sum SEC(".maps");

SEC("kprobe/vfs_read")
int kp_sum(struct pt_regs *ctx)
{
	__u64 *p = (__u64 *)ctx, acc = 0, *v;
	__u32 zero = 0;
#pragma clang loop unroll(disable)
	for (int i = 0; i < 6; i++)
		acc ^= *p++;
	v = bpf_map_lookup_elem(&sum, &zero);
	if (v)
		*v = acc;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
