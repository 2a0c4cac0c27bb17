#include "common_tp.h"
/* BUG: the common_* header (first 8 bytes) of a trace record is not readable by BPF */
struct sys_enter_args {
	__u16 common_type; __u8 common_flags; __u8 common_preempt_count; __s32 common_pid;
	__s32 __syscall_nr; __u32 pad; __u64 fd;
};
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __s32); __type(value, __u64); } closes SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_close")
int enter_close(struct sys_enter_args *ctx)
{
	__s32 pid = ctx->common_pid;
	__u64 fd = ctx->fd;
	bpf_map_update_elem(&closes, &pid, &fd, BPF_ANY);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
