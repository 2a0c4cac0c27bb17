/* safe: skeleton-style config: const volatile knobs in .rodata, counters in .bss, defaults in .data */
#include "common.h"
const volatile __u32 target_tgid = 0;
const volatile __u64 min_bytes = 1;
const volatile char name_filter[16] = "bash";
__u64 total_bytes = 0;
__u64 calls = 0;
__u32 hist[8] = {};
int verbose = 1;
SEC("tracepoint/syscalls/sys_enter_write") int on_write(struct sys_enter_write_ctx *ctx)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	if (target_tgid && tgid != target_tgid) return 0;
	if (ctx->count < min_bytes) return 0;
	char comm[16];
	bpf_get_current_comm(comm, sizeof(comm));
	if (name_filter[0] && comm[0] != name_filter[0]) return 0;
	__sync_fetch_and_add(&total_bytes, ctx->count);
	__sync_fetch_and_add(&calls, 1);
	__u32 b = ctx->count > 4095 ? 7 : (ctx->count >> 9);
	hist[b & 7]++;
	if (verbose) bpf_printk("write %lu", ctx->count);
	return 0;
}
