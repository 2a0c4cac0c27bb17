#include "common_tp.h"
struct sys_enter_args {
	unsigned long long unused;
	long syscall_nr;
	unsigned long args[6];
};
struct data_t { __u32 pid; __u32 cpu; __u64 ts; char comm[16]; char fname[64]; };
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); __uint(value_size, sizeof(__u32)); } events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int trace_openat(struct sys_enter_args *ctx)
{
	struct data_t d = {};
	d.pid = bpf_get_current_pid_tgid() >> 32;
	d.cpu = bpf_get_smp_processor_id();
	d.ts = bpf_ktime_get_ns();
	bpf_get_current_comm(&d.comm, sizeof(d.comm));
	bpf_probe_read_user_str(&d.fname, sizeof(d.fname), (void *)ctx->args[1]);
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &d, sizeof(d));
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
