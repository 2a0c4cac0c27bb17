/* unsafe: variable-offset write into a 256-byte stack buffer with the index clamped to 300 */
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __type(key, __u32); __type(value, char[256]); __uint(max_entries, 1); } scratch SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int big(struct sys_enter_write_ctx *ctx)
{
	char buf[256];
	__builtin_memset(buf, 0, sizeof(buf));
	__u32 i = ctx->count;
	if (i >= 300) return 0;
	buf[i] = 1;
	__u32 zero = 0;
	bpf_map_update_elem(&scratch, &zero, buf, BPF_ANY);
	return 0;
}
