// A bounded u32 spilled with a 4-byte store and filled with a 4-byte load keeps its bounds in the kernel
// (privileged 32-bit spill tracking).
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } arr SEC(".maps");
SEC("xdp") __attribute__((naked)) int prog(void)
{
	asm volatile(
	"r6 = *(u32*)(r1 + 16);"
	"r6 &= 7;"
	"*(u32*)(r10 - 16) = r6;"
	"r1 = 0;"
	"*(u32*)(r10 - 8) = r1;"
	"r2 = r10;"
	"r2 += -8;"
	"r1 = %[arr] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto 1f;"
	"r2 = *(u32*)(r10 - 16);"
	"r0 += r2;"
	"r0 = *(u8*)(r0 + 0);"
	"1: r0 = 2;"
	"exit;"
	:: __imm_addr(arr), __imm(bpf_map_lookup_elem) : "memory");
}
LICENSE
