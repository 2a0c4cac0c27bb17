#include "common_tp.h"
struct sched_switch_args {
	__u64 common;
	char prev_comm[16]; __s32 prev_pid; __s32 prev_prio; __s64 prev_state;
	char next_comm[16]; __s32 next_pid; __s32 next_prio;
};
#define MAX_SLOTS 26
struct hist { __u32 slots[MAX_SLOTS]; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 10240); __type(key, __u32); __type(value, __u64); } start SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct hist); } hists SEC(".maps");

static __always_inline __u64 log2l(__u64 v)
{
	__u64 r = 0;
	for (int i = 0; i < 64; i++) {
		if (v <= 1) break;
		v >>= 1; r++;
	}
	return r;
}

SEC("tracepoint/sched/sched_switch")
int on_switch(struct sched_switch_args *ctx)
{
	__u32 prev = ctx->prev_pid, next = ctx->next_pid, zero = 0;
	__u64 now = bpf_ktime_get_ns(), *tsp, slot;
	struct hist *h;

	if (prev)
		bpf_map_update_elem(&start, &prev, &now, BPF_ANY);
	tsp = bpf_map_lookup_elem(&start, &next);
	if (!tsp)
		return 0;
	slot = log2l((now - *tsp) / 1000);
	bpf_map_delete_elem(&start, &next);
	if (slot >= MAX_SLOTS)
		slot = MAX_SLOTS - 1;
	h = bpf_map_lookup_elem(&hists, &zero);
	if (!h)
		return 0;
	__sync_fetch_and_add(&h->slots[slot], 1);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
