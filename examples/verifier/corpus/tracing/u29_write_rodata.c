#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
const volatile __u64 threshold_ns = 1000000;
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __u32); __type(value, __u64); } start SEC(".maps");

SEC("kprobe/finish_task_switch")
int kp_fts(struct pt_regs *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid();
	__u64 now = bpf_ktime_get_ns();
	/* BUG: tries to adapt a read-only (.rodata, frozen) config value at run time */
	if (now > threshold_ns * 1000)
		*(volatile __u64 *)&threshold_ns = threshold_ns * 2;
	bpf_map_update_elem(&start, &pid, &now, BPF_ANY);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
