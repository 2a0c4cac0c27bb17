/* safe: per-tgid inner HASH tables through a HASH_OF_MAPS, then update the inner map */
#include "common.h"
struct inner { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 64); };
struct inner tmpl SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH_OF_MAPS); __uint(max_entries, 64); __type(key, __u32);
	__array(values, struct inner); } per_proc SEC(".maps") = { .values = { [1] = &tmpl } };
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	void *fds = bpf_map_lookup_elem(&per_proc, &tgid);
	if (!fds) return 0;
	__u32 fd = ctx->fd;
	__u64 *b = bpf_map_lookup_elem(fds, &fd);
	if (b) { __sync_fetch_and_add(b, ctx->count); return 0; }
	__u64 n = ctx->count;
	bpf_map_update_elem(fds, &fd, &n, BPF_NOEXIST);
	return 0;
}
