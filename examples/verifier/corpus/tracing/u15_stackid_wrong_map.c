#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
/* BUG: the stacks map is declared as a HASH, not a STACK_TRACE map */
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __uint(key_size, sizeof(__u32)); __uint(value_size, 127 * sizeof(__u64)); } stacks SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __s32); __type(value, __u64); } counts SEC(".maps");

SEC("kprobe/schedule")
int on_schedule(struct pt_regs *ctx)
{
	__s32 id = bpf_get_stackid(ctx, &stacks, 0);
	__u64 one = 1, *v;
	if (id < 0)
		return 0;
	v = bpf_map_lookup_elem(&counts, &id);
	if (v)
		__sync_fetch_and_add(v, 1);
	else
		bpf_map_update_elem(&counts, &id, &one, BPF_ANY);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
