#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
static __attribute__((noinline)) long *getp(void) { volatile long x = 1; return (long *)&x; }
SEC("socket") int prog(struct __sk_buff *skb) { long *p = getp(); return p != 0; }
char _license[] SEC("license")="GPL";
