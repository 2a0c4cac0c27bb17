#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
struct val { __u64 ts; __u64 count; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4096); __type(key, __u64); __type(value, struct val); } start SEC(".maps");

SEC("kprobe/vfs_read")
int trace_read_entry(struct pt_regs *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct val v = {};
	v.ts = bpf_ktime_get_ns();
	v.count = PT_REGS_PARM3(ctx);
	bpf_map_update_elem(&start, &id, &v, BPF_ANY);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
