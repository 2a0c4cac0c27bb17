#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* BUG: the .rodata default (128) is larger than the 64-byte buffer */
const volatile __u32 capture_len = 128;
struct ev { __u32 pid; __u32 len; char data[64]; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("kprobe/vfs_write")
int kp_write(struct pt_regs *ctx)
{
	struct ev e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.len = capture_len;
	bpf_probe_read_kernel(e.data, capture_len, (void *)PT_REGS_PARM2(ctx));
	bpf_ringbuf_output(&rb, &e, sizeof(e), 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
