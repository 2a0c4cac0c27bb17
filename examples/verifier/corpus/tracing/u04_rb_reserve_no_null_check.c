#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
struct event { u32 pid; u32 fd; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("kprobe/__x64_sys_close")
int BPF_KPROBE(close_entry, struct pt_regs *regs)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	/* BUG: no NULL check */
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->fd = PT_REGS_PARM1_CORE(regs);
	bpf_ringbuf_submit(e, 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
