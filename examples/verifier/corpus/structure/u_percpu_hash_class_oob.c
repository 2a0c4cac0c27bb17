/* unsafe: size class computed with a shift can reach 4 for the 4-entry by_class array */
#include "common.h"
struct wstat { __u64 calls; __u64 by_class[4]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_HASH); __type(key, __u64); __type(value, struct wstat); __uint(max_entries, 4096); } ws SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	__u64 key = (bpf_get_current_pid_tgid() & 0xffffffff00000000ULL) | (__u32)ctx->fd;
	struct wstat *w = bpf_map_lookup_elem(&ws, &key);
	if (!w) return 0;
	__u32 cls = (__u32)(ctx->count >> 14);
	if (cls > 4) cls = 4;
	w->calls++;
	w->by_class[cls]++;
	return 0;
}
