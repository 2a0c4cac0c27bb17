#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } pe SEC(".maps");
SEC("kprobe/do_sys_open") int p(void *ctx){ char b[4] = {}; bpf_perf_event_output(ctx, &pe, BPF_F_CURRENT_CPU, b, 0); return 0; }
