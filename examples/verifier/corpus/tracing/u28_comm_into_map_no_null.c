#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
struct info { char comm[16]; __u64 ts; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __u32); __type(value, struct info); } procs SEC(".maps");

SEC("kprobe/wake_up_new_task")
int kp_newtask(struct pt_regs *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	struct info zero = {}, *i;
	bpf_map_update_elem(&procs, &pid, &zero, BPF_NOEXIST);
	i = bpf_map_lookup_elem(&procs, &pid);
	/* BUG: the update may have failed (map full) */
	bpf_get_current_comm(i->comm, sizeof(i->comm));
	i->ts = bpf_ktime_get_ns();
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
