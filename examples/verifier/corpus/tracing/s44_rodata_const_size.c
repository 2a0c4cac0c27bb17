#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* a .rodata (frozen) config value is a known constant to the kernel verifier */
const volatile __u32 capture_len = 64;
const volatile __u32 slot = 3;
struct ev { __u32 pid; __u32 len; char data[64]; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64[4]); } stats SEC(".maps");

SEC("kprobe/vfs_write")
int kp_write(struct pt_regs *ctx)
{
	struct ev e = {};
	__u32 zero = 0;
	__u64 (*st)[4];
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.len = capture_len;
	bpf_probe_read_kernel(e.data, capture_len, (void *)PT_REGS_PARM2(ctx));
	bpf_ringbuf_output(&rb, &e, sizeof(e), 0);
	st = bpf_map_lookup_elem(&stats, &zero);
	if (st)
		(*st)[slot] += 1;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
