#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* kernel >= 6.15: lookup of a constant in-range key in an array map cannot fail; no NULL check needed */
struct buf { __u64 ts; char data[120]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct buf); } scratch SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("kprobe/do_sys_openat2")
int kp_scratch(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct buf *b = bpf_map_lookup_elem(&scratch, &zero);
	b->ts = bpf_ktime_get_ns();
	bpf_probe_read_kernel(b->data, sizeof(b->data), (void *)PT_REGS_PARM2(ctx));
	bpf_ringbuf_output(&rb, b, sizeof(*b), 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
