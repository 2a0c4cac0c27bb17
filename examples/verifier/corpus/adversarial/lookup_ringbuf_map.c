// bpf_map_lookup_elem on a ringbuf map
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
SEC("kprobe/do_sys_openat2") int prog(void *ctx)
{
	__u32 k = 0;
	return bpf_map_lookup_elem(&rb, &k) != 0;
}
LICENSE
