/* safe (kernel checks tracepoint ctx only against PERF_MAX_TRACE_SIZE): reads one word past args[6] */
#include "common.h"
struct sys_enter_ctx { unsigned long long unused; long id; unsigned long args[6]; };
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 10240); } wbytes SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_ctx *ctx)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	__u64 n = 0;
	#pragma unroll
	for (int i = 0; i <= 6; i++)    /* off by one: args has 6 entries */
		n += ctx->args[i];
	bpf_map_update_elem(&wbytes, &tgid, &n, BPF_ANY);
	return 0;
}
