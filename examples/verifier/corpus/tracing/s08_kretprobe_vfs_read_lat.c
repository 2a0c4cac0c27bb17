#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
struct val { __u64 ts; __u64 count; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4096); __type(key, __u64); __type(value, struct val); } start SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 32); __type(key, __u32); __type(value, __u64); } dist SEC(".maps");

static __always_inline __u32 log2_u32(__u32 v)
{
	__u32 r, shift;
	r = (v > 0xFFFF) << 4; v >>= r;
	shift = (v > 0xFF) << 3; v >>= shift; r |= shift;
	shift = (v > 0xF) << 2; v >>= shift; r |= shift;
	shift = (v > 0x3) << 1; v >>= shift; r |= shift;
	r |= (v >> 1);
	return r;
}

SEC("kretprobe/vfs_read")
int trace_read_return(struct pt_regs *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	long ret = PT_REGS_RC(ctx);
	struct val *vp = bpf_map_lookup_elem(&start, &id);
	__u64 *cnt;
	__u32 slot;
	if (!vp)
		return 0;
	if (ret < 0)
		goto out;
	slot = log2_u32((bpf_ktime_get_ns() - vp->ts) / 1000);
	cnt = bpf_map_lookup_elem(&dist, &slot);
	if (cnt)
		__sync_fetch_and_add(cnt, 1);
out:
	bpf_map_delete_elem(&start, &id);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
