#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
/* BUG: assumes 7th argument lives in pt_regs right after ss (it is on the user stack) */
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } last SEC(".maps");

SEC("kprobe/some_func")
int arg7(struct pt_regs *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&last, &zero);
	__u64 *regs = (__u64 *)ctx;
	if (v)
		*v = regs[sizeof(struct pt_regs) / 8];
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
