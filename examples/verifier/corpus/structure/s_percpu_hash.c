/* safe: PERCPU_HASH of per-fd write stats, value struct with an array indexed by a clamped size class */
#include "common.h"
struct wstat { __u64 calls; __u64 by_class[4]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_HASH); __type(key, __u64); __type(value, struct wstat); __uint(max_entries, 4096); } ws SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	__u64 key = (bpf_get_current_pid_tgid() & 0xffffffff00000000ULL) | (__u32)ctx->fd;
	struct wstat *w = bpf_map_lookup_elem(&ws, &key);
	if (!w) {
		struct wstat z = { .calls = 1 };
		bpf_map_update_elem(&ws, &key, &z, BPF_NOEXIST);
		return 0;
	}
	__u64 n = ctx->count;
	__u32 cls = n < 64 ? 0 : n < 4096 ? 1 : n < 65536 ? 2 : 3;
	w->calls++;
	w->by_class[cls]++;
	return 0;
}
