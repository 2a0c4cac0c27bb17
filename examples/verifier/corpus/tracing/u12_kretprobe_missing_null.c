#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4096); __type(key, __u32); __type(value, __u64); } start SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4096); __type(key, __u32); __type(value, __u64); } total SEC(".maps");

SEC("kretprobe/vfs_fsync_range")
int fsync_ret(struct pt_regs *ctx)
{
	__u32 tid = bpf_get_current_pid_tgid();
	__u64 *tsp = bpf_map_lookup_elem(&start, &tid);
	__u64 delta = bpf_ktime_get_ns() - *tsp;	/* BUG: tsp may be NULL */
	bpf_map_update_elem(&total, &tid, &delta, BPF_ANY);
	bpf_map_delete_elem(&start, &tid);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
