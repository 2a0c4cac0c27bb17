// A 32-bit comparison (w2 < 16) does not bound a 64-bit value whose upper half is unknown.
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } arr SEC(".maps");
SEC("kprobe/do_sys_openat2") __attribute__((naked)) int prog(void)
{
	asm volatile(
	"r6 = *(u64*)(r1 + 112);"
	"r1 = 0;"
	"*(u32*)(r10 - 8) = r1;"
	"r2 = r10;"
	"r2 += -8;"
	"r1 = %[arr] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto 1f;"
	"if w6 > 7 goto 1f;"
	"r0 += r6;"
	"r0 = *(u8*)(r0 + 0);"
	"1: r0 = 0;"
	"exit;"
	:: __imm_addr(arr), __imm(bpf_map_lookup_elem) : "memory");
}
LICENSE
