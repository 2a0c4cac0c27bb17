/* eBPF for Windows' legacy map layout in the "maps" section: struct _ebpf_map_definition_in_file
 * (type, key_size, value_size, max_entries, inner_map_idx, pinning, id, inner_id), 32 bytes.
 * An array of maps whose inner template is found by id, and the template itself. */
#include "bpf_defs.h"

struct _ebpf_map_definition_in_file {
    __u32 type;
    __u32 key_size;
    __u32 value_size;
    __u32 max_entries;
    __u32 inner_map_idx;
    __u32 pinning;
    __u32 id;
    __u32 inner_id;
};

#define WINDOWS_BPF_MAP_TYPE_ARRAY_OF_MAPS 7 /* eBPF for Windows numbering */
#define WINDOWS_BPF_MAP_TYPE_HASH 1
#define PIN_GLOBAL_NS 2
#define INNER_MAP_ID 10

SEC("maps")
struct _ebpf_map_definition_in_file outer_map = {
    .type = WINDOWS_BPF_MAP_TYPE_ARRAY_OF_MAPS,
    .key_size = sizeof(__u32),
    .value_size = sizeof(__u32),
    .max_entries = 1,
    .pinning = PIN_GLOBAL_NS,
    .inner_id = INNER_MAP_ID,
};

SEC("maps")
struct _ebpf_map_definition_in_file inner_map = {
    .type = WINDOWS_BPF_MAP_TYPE_HASH,
    .key_size = sizeof(__u32),
    .value_size = sizeof(__u32),
    .max_entries = 1,
    .id = INNER_MAP_ID,
};

SEC("bind")
int lookup(void *ctx)
{
    __u32 outer_key = 0;
    void *inner = bpf_map_lookup_elem(&outer_map, &outer_key);
    if (inner) {
        __u32 inner_key = 0;
        __u32 *value = bpf_map_lookup_elem(inner, &inner_key);
        if (value)
            return *value;
    }
    return 0;
}

char _license[] SEC("license") = "MIT";
