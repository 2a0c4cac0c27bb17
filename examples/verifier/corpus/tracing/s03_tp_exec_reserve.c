#include "common_tp.h"
#include <stdbool.h>
/* events/sched/sched_process_exec/format: __data_loc char[] filename at 8; pid 12; old_pid 16 */
struct sched_process_exec_args {
	__u64 common;
	__u32 filename_loc;
	__s32 pid;
	__s32 old_pid;
};
#define MAX_FILENAME 127
struct event { int pid; int ppid; unsigned exit_code; unsigned long long duration_ns; char comm[16]; char filename[MAX_FILENAME]; bool exit_event; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 256 * 1024); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 8192); __type(key, int); __type(value, __u64); } exec_start SEC(".maps");

SEC("tp/sched/sched_process_exec")
int handle_exec(struct sched_process_exec_args *ctx)
{
	struct event *e;
	unsigned fname_off;
	int pid = bpf_get_current_pid_tgid() >> 32;
	__u64 ts = bpf_ktime_get_ns();

	bpf_map_update_elem(&exec_start, &pid, &ts, BPF_ANY);
	e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e)
		return 0;
	e->exit_event = false;
	e->pid = pid;
	e->ppid = 0;
	bpf_get_current_comm(&e->comm, sizeof(e->comm));
	fname_off = ctx->filename_loc & 0xFFFF;
	bpf_probe_read_str(&e->filename, sizeof(e->filename), (void *)ctx + fname_off);
	bpf_ringbuf_submit(e, 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
