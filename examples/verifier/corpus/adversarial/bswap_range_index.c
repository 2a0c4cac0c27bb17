// r1 = be16(x & 0xff00): ringzero gives [0,65535]; value size 4 -> reject either way (control).
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u32); } arr SEC(".maps");
SEC("xdp") __attribute__((naked)) int prog(void)
{
	asm volatile(
	"r6 = r1;"
	"r1 = 0;"
	"*(u32*)(r10 - 8) = r1;"
	"r2 = r10;"
	"r2 += -8;"
	"r1 = %[arr] ll;"
	"call %[bpf_map_lookup_elem];"
	"if r0 == 0 goto 1f;"
	"r1 = *(u32*)(r6 + 16);"
	"r1 &= 0x0300;"
	"r1 = be16 r1;"
	"r0 += r1;"
	"r0 = *(u8*)(r0 + 0);"
	"1: r0 = 2;"
	"exit;"
	:: __imm_addr(arr), __imm(bpf_map_lookup_elem) : "memory");
}
LICENSE
