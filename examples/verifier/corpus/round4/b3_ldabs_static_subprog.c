#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
static __attribute__((noinline)) int proto(struct __sk_buff *skb) { return load_half(skb, 12); }
SEC("socket") int prog(struct __sk_buff *skb) { return proto(skb) == 0x0800 ? -1 : 0; }
char _license[] SEC("license")="GPL";
