// bpf_map_update_elem on a BPF_F_RDONLY_PROG map
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 8); __uint(map_flags, BPF_F_RDONLY_PROG); __type(key, __u32); __type(value, __u64); } cfg SEC(".maps");
SEC("kprobe/do_sys_openat2") int prog(void *ctx)
{
	__u32 k = 0; __u64 v = 1;
	bpf_map_update_elem(&cfg, &k, &v, BPF_ANY);
	return 0;
}
LICENSE
