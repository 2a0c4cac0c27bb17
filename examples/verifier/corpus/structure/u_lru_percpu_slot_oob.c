/* unsafe: histogram slot clamp uses > instead of >= (slot 16 is out of bounds) */
#include "common.h"
struct hist { __u64 slots[16]; };
struct { __uint(type, BPF_MAP_TYPE_LRU_PERCPU_HASH); __type(key, __u32); __type(value, struct hist); __uint(max_entries, 1024); } sleeps SEC(".maps");
SEC("kprobe/do_nanosleep") int BPF_KPROBE(do_ns, void *t, int mode)
{
	__u32 pid = bpf_get_current_pid_tgid();
	struct hist *h = bpf_map_lookup_elem(&sleeps, &pid);
	if (!h) return 0;
	__u32 slot = mode;
	if (slot > 16) slot = 16;
	h->slots[slot]++;
	return 0;
}
