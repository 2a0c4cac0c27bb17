/* safe: bytes written per tgid, LRU_HASH, update with BPF_ANY */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 10240); } wbytes SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	__u64 *v = bpf_map_lookup_elem(&wbytes, &tgid);
	__u64 n = ctx->count;
	if (v) { __sync_fetch_and_add(v, n); return 0; }
	bpf_map_update_elem(&wbytes, &tgid, &n, BPF_ANY);
	return 0;
}
