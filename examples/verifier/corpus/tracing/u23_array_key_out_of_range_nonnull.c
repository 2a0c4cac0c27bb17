#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
/* BUG: key 4 is outside max_entries=4, the lookup returns NULL at run time */
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, __u64); } counters SEC(".maps");

SEC("kprobe/vfs_write")
int kp_count(struct pt_regs *ctx)
{
	__u32 idx = 4;
	__u64 *v = bpf_map_lookup_elem(&counters, &idx);
	__sync_fetch_and_add(v, 1);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
