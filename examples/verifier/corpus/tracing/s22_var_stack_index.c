#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
/* variable-offset read of a stack buffer, index masked to the buffer size */
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u32); } cfg SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 256); __type(key, char); __type(value, __u64); } hist SEC(".maps");

SEC("kprobe/vfs_read")
int kp_char_hist(struct pt_regs *ctx)
{
	char comm[16];
	__u32 zero = 0, *pos;
	__u64 one = 1, *v;
	char c;
	pos = bpf_map_lookup_elem(&cfg, &zero);
	if (!pos)
		return 0;
	bpf_get_current_comm(comm, sizeof(comm));
	c = comm[*pos & 15];
	v = bpf_map_lookup_elem(&hist, &c);
	if (v)
		__sync_fetch_and_add(v, 1);
	else
		bpf_map_update_elem(&hist, &c, &one, BPF_NOEXIST);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
