#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <stddef.h>
#include <bpf/bpf_helpers.h>
#include <linux/ptrace.h>
#include <linux/bpf_perf_event.h>
struct val { __u64 a[8]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries,1); __type(key,__u32); __type(value, struct val);} arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries,4); __type(key,__u32); __type(value,__u32);} jt SEC(".maps");
__u64 gdata[4] = {1,2,3,4};
__u64 gbss[4];
const volatile __u64 grod[4] = {1,2,3,4};
#define SK(f) [f]"i"(offsetof(struct __sk_buff, f))
#define XD(f) [f]"i"(offsetof(struct xdp_md, f))
SEC("perf_event") __attribute__((naked)) int prog(void) { asm volatile("r0 = *(u32*)(r1 + 168); r0 = 0; exit;" : :  : "memory"); }
char _license[] SEC("license") = "GPL";
