#include "common_tp.h"
struct sched_switch_args {
	__u64 common;
	char prev_comm[16]; __s32 prev_pid; __s32 prev_prio; __s64 prev_state;
	char next_comm[16]; __s32 next_pid; __s32 next_prio;
};
#define MAX_PRIO 140
struct prio_hist { __u64 n[MAX_PRIO]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct prio_hist); } ph SEC(".maps");

SEC("tracepoint/sched/sched_switch")
int prio(struct sched_switch_args *ctx)
{
	__u32 zero = 0;
	int p = ctx->next_prio;
	struct prio_hist *h = bpf_map_lookup_elem(&ph, &zero);
	if (!h)
		return 0;
	if (p < MAX_PRIO)	/* BUG: signed, p may be negative */
		__sync_fetch_and_add(&h->n[p], 1);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
