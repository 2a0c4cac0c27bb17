#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* appends a second read after a variable-length prefix: buf + off, sizeof(buf) - off.
 * The kernel does not relate the size to the offset, so off_max + size_max > 64: rejected. */
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("kprobe/do_sys_openat2")
int kp_concat(struct pt_regs *ctx)
{
	char buf[64] = {};
	__u64 off = PT_REGS_PARM3(ctx);
	if (off >= sizeof(buf))
		return 0;
	bpf_probe_read_kernel(buf + off, sizeof(buf) - off, (void *)PT_REGS_PARM2(ctx));
	bpf_ringbuf_output(&rb, buf, sizeof(buf), 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
