#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
struct ev { __u32 pid; __u32 cpu; __u64 ts; char comm[16]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct ev); } heap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("kprobe/do_exit")
int kp_exit(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct ev *e = bpf_map_lookup_elem(&heap, &zero);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->cpu = bpf_get_smp_processor_id();
	e->ts = bpf_ktime_get_ns();
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	bpf_ringbuf_output(&rb, &e, sizeof(*e), 0);	/* BUG: &e is the 8-byte pointer on the stack */
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
