#include <bpf_helpers.h>
#include <ebpf_nethooks.h>
struct inner { uint32_t x : 4; uint32_t y : 4; };
struct val { uint32_t a; struct inner in; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, uint32_t); __type(value, struct val); __uint(max_entries, 1); } vals SEC(".maps");
SEC("bind") bind_action_t P(bind_md_t *ctx) { uint32_t k = 0; struct val *v = bpf_map_lookup_elem(&vals, &k); if (v) { v->a = 0xff; v->in.x = 3; v->in.y = 5; } return BIND_PERMIT; }
