#include "common_tp.h"
/* a real (not unrolled) bounded loop over the comm buffer */
struct sched_switch_args {
	__u64 common;
	char prev_comm[16]; __s32 prev_pid; __s32 prev_prio; __s64 prev_state;
	char next_comm[16]; __s32 next_pid; __s32 next_prio;
};
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 17); __type(key, __u32); __type(value, __u64); } lens SEC(".maps");

SEC("tracepoint/sched/sched_switch")
int comm_len(struct sched_switch_args *ctx)
{
	char comm[16];
	__u32 len = 0;
	__u64 *v;
	bpf_probe_read_kernel(comm, sizeof(comm), ctx->next_comm);
#pragma clang loop unroll(disable)
	for (int i = 0; i < 16; i++) {
		if (!comm[i])
			break;
		len++;
	}
	v = bpf_map_lookup_elem(&lens, &len);
	if (v)
		__sync_fetch_and_add(v, 1);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
