// Shared by the verifier corpus: one small map and a MIN macro.
#include <bpf_helpers.h>

#define MIN(a, b) ((a) < (b) ? (a) : (b))

struct value {
    __u64 count;
    __u32 slots[4];
    __u64 last;
};

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __type(key, __u32);
    __type(value, struct value);
    __uint(max_entries, 64);
} values SEC(".maps");

char LICENSE[] SEC("license") = "GPL";
