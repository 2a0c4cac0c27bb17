#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
struct key { __u32 pid; char comm[16]; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, struct key); __type(value, __u64); } cnt SEC(".maps");
#define TASK_COMM_LEN 32	/* BUG: wrong constant, buffer is 16 */

SEC("kprobe/vfs_write")
int count_writes(struct pt_regs *ctx)
{
	struct key k = {};
	__u64 one = 1;
	k.pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(k.comm, TASK_COMM_LEN);
	bpf_map_update_elem(&cnt, &k, &one, BPF_NOEXIST);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
