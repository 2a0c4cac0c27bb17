#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* filter by comm prefix with a bounded loop, count per CPU */
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } hits SEC(".maps");
static const char target[] = "bash";

SEC("kprobe/__x64_sys_write")
int kp_write(struct pt_regs *ctx)
{
	char comm[16];
	__u32 zero = 0;
	__u64 *v;
	bpf_get_current_comm(comm, sizeof(comm));
	for (int i = 0; i < sizeof(target) - 1; i++)
		if (comm[i] != target[i])
			return 0;
	v = bpf_map_lookup_elem(&hits, &zero);
	if (v)
		*v += 1;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
