#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#define LICENSE char _license[] SEC("license") = "GPL";
#define __imm(name) [name]"i"(name)
#define __imm_addr(name) [name]"i"(&name)
