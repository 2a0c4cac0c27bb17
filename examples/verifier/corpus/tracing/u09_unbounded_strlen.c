#include "common_tp.h"
struct sys_enter_args { __u64 unused; long nr; unsigned long args[6]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } lens SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int strlen_loop(struct sys_enter_args *ctx)
{
	char buf[64];
	__u32 zero = 0, i = 0;
	__u64 *v;
	bpf_probe_read_user_str(buf, sizeof(buf), (void *)ctx->args[1]);
	while (buf[i])	/* BUG: no bound on i */
		i++;
	v = bpf_map_lookup_elem(&lens, &zero);
	if (v)
		*v = i;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
