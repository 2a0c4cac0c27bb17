/* unsafe: inner value is a single u64, but the program treats it as an array of 4 */
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
	if (!b) return 0;
	b[ctx->count & 3] += 1;
	return 0;
}
