#include "common_tp.h"
/* BUG: hand-written struct with __packed shifts 'ret' to offset 12; the kernel needs aligned ctx loads */
struct sys_exit_args { __u64 common; __s32 nr; __s64 ret; } __attribute__((packed));
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __u32); __type(value, __s64); } last SEC(".maps");

SEC("tracepoint/syscalls/sys_exit_write")
int exit_write(struct sys_exit_args *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__s64 ret = *(volatile __s64 *)((char *)ctx + 12);
	bpf_map_update_elem(&last, &pid, &ret, BPF_ANY);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
