#include "common_tp.h"
/* /sys/kernel/tracing/events/syscalls/sys_enter_openat/format */
struct trace_event_raw_sys_enter_openat {
	__u16 common_type; __u8 common_flags; __u8 common_preempt_count; __s32 common_pid;
	__s32 __syscall_nr; __u32 pad;
	__u64 dfd; const char *filename; __u64 flags; __u64 mode;
};
struct event { __u32 pid; __u32 uid; char comm[16]; char fname[128]; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int handle_openat(struct trace_event_raw_sys_enter_openat *ctx)
{
	struct event e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.uid = (__u32)bpf_get_current_uid_gid();
	bpf_get_current_comm(e.comm, sizeof(e.comm));
	bpf_probe_read_user_str(e.fname, sizeof(e.fname), ctx->filename);
	bpf_ringbuf_output(&events, &e, sizeof(e), 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
