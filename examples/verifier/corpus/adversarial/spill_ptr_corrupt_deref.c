// overwrite one byte of a spilled map-value pointer, refill it and dereference: it is now a scalar.
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } arr SEC(".maps");
SEC("tc") __attribute__((naked)) int prog(void)
{
	asm volatile(
	"r1 = 0;"
	"*(u32*)(r10 - 16) = r1;"
	"r2 = r10;"
	"r2 += -16;"
	"r1 = %[arr] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto 1f;"
	"*(u64*)(r10 - 8) = r0;"
	"r1 = 0;"
	"*(u8*)(r10 - 8) = r1;"
	"r2 = *(u64*)(r10 - 8);"
	"r0 = *(u64*)(r2 + 0);"
	"1: r0 = 0;"
	"exit;"
	:: __imm_addr(arr), __imm(bpf_map_lookup_elem) : "memory");
}
LICENSE
