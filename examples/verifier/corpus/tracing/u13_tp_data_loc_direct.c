#include "common_tp.h"
struct sched_process_exec_args { __u64 common; __u32 filename_loc; __s32 pid; __s32 old_pid; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __u32); __type(value, char[8]); } first SEC(".maps");

SEC("tracepoint/sched/sched_process_exec")
int exec_name(struct sched_process_exec_args *ctx)
{
	__u32 pid = ctx->pid;
	char head[8] = {};
	/* BUG: reads the __data_loc string at a variable ctx offset instead of bpf_probe_read */
	const char *fn = (const char *)ctx + (ctx->filename_loc & 0xFFFF);
	for (int i = 0; i < 7; i++)
		head[i] = fn[i];
	bpf_map_update_elem(&first, &pid, head, BPF_ANY);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
