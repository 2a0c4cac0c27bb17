#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
/* reads a byte of a stack buffer that only partly got written; root (CAP_PERFMON) may read uninitialized stack */
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __u32); __type(value, __u64); } odd SEC(".maps");

SEC("kprobe/vfs_read")
int kp_tail_byte(struct pt_regs *ctx)
{
	char comm[16];
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u64 one = 1;
	bpf_get_current_comm(comm, 8);
	if (((volatile char *)comm)[12] == 'x')
		bpf_map_update_elem(&odd, &pid, &one, BPF_ANY);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
