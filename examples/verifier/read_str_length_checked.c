// SAFE: bpf_probe_read_user_str returns at most the buffer's size, or a negative error; once the result is
// known positive it is a valid length for the copy into the ring buffer (Linux refines the return value).
// cflags: -I/usr/include/x86_64-linux-gnu
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } lines SEC(".maps");

SEC("kprobe/do_sys_openat2")
int read_str_length_checked(struct pt_regs *ctx)
{
    char name[64];
    const char *user = (const char *)ctx;
    long n = bpf_probe_read_user_str(name, sizeof(name), user);
    if (n <= 0)
        return 0;
    bpf_ringbuf_output(&lines, name, n, 0);
    return 0;
}
