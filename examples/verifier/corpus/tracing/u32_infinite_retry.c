#include "common_tp.h"
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16); __type(key, __u32); __type(value, __u64); } m SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int retry(struct sys_enter_args *ctx)
{
	__u32 k = 0;
	__u64 one = 1;
	/* BUG: retry loop without a bound; if the update keeps failing it never ends */
	while (bpf_map_update_elem(&m, &k, &one, BPF_ANY) != 0)
		;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
