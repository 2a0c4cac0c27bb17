// Spill 8-byte constant 0x0200 and read its second byte (fp-7): kernel -> unknown [0,255]; value is 8 bytes -> reject.
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
	"r1 = 0x0200;"
	"*(u64*)(r10 - 8) = r1;"
	"r2 = *(u8*)(r10 - 7);"
	"r0 += r2;"
	"r0 = *(u32*)(r0 + 0);"
	"1: r0 = 0;"
	"exit;"
	:: __imm_addr(arr), __imm(bpf_map_lookup_elem) : "memory");
}
LICENSE
