// NULL check through a register holding 0 (if r0 == r1) instead of an immediate
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } arr SEC(".maps");
SEC("xdp") __attribute__((naked)) int prog(void)
{
	asm volatile(
	"r1 = 0;"
	"*(u32*)(r10 - 8) = r1;"
	"r2 = r10;"
	"r2 += -8;"
	"r1 = %[arr] ll;"
	"call %[bpf_map_lookup_elem];"
	"r1 = 0;"
	"if r0 == r1 goto 1f;"
	"r0 = *(u64*)(r0 + 0);"
	"1: r0 = 2;"
	"exit;"
	:: __imm_addr(arr), __imm(bpf_map_lookup_elem) : "memory");
}
LICENSE
