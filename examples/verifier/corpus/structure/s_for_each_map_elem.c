/* safe: bpf_for_each_map_elem summing a HASH and deleting stale entries */
#include "common.h"
struct bpf_map;
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 128); } last_seen SEC(".maps");
struct cb_ctx { __u64 now; __u32 stale; };
static __u64 visit(struct bpf_map *map, __u32 *key, __u64 *val, struct cb_ctx *c)
{
	if (c->now - *val > 1000000000ULL) {
		bpf_map_delete_elem(map, key);
		c->stale++;
	}
	return 0;
}
SEC("kprobe/do_nanosleep") int gc(struct pt_regs *ctx)
{
	struct cb_ctx c = { .now = bpf_ktime_get_ns(), .stale = 0 };
	__u32 pid = bpf_get_current_pid_tgid();
	bpf_map_update_elem(&last_seen, &pid, &c.now, BPF_ANY);
	bpf_for_each_map_elem(&last_seen, visit, &c, 0);
	return 0;
}
