#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
SEC("tc") __attribute__((naked)) int prog(void) { asm volatile("call 41; exit;" ::: "memory"); }
char _license[] SEC("license")="GPL";
