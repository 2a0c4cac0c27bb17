// The article's suggested extension: deny binds of a process chosen by PID or by executable name.
// User mode fills blocked_pids (PID -> 1) and blocked_names (file name, zero-padded to 64 bytes -> 1);
// the program counts what it denied in denials[DENIED_BY_PID] and denials[DENIED_BY_NAME].
#include <bpf_helpers.h>
#include <ebpf_nethooks.h>

#define NAME_SIZE 64
#define MAX_APP_ID 256

enum { DENIED_BY_PID, DENIED_BY_NAME };

typedef struct _name_key {
    char name[NAME_SIZE];
} name_key_t;

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __type(key, uint32_t);
    __type(value, uint8_t);
    __uint(max_entries, 64);
} blocked_pids SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __type(key, name_key_t);
    __type(value, uint8_t);
    __uint(max_entries, 64);
} blocked_names SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, uint32_t);
    __type(value, uint64_t);
    __uint(max_entries, 2);
} denials SEC(".maps");

static bind_action_t deny(uint32_t reason)
{
    uint64_t *count = bpf_map_lookup_elem(&denials, &reason);
    if (count)
        __sync_fetch_and_add(count, 1);
    return BIND_DENY;
}

SEC("bind")
bind_action_t BlockBind(bind_md_t *ctx)
{
    if (ctx->operation != BIND_OPERATION_BIND)
        return BIND_PERMIT;

    uint32_t pid = (uint32_t)ctx->process_id;
    if (bpf_map_lookup_elem(&blocked_pids, &pid))
        return deny(DENIED_BY_PID);

    // The file name is what follows the last '\' or '/' of the App ID (the executable's path).
    uint8_t *start = ctx->app_id_start;
    uint8_t *end = ctx->app_id_end;
    uint32_t name_offset = 0;
    for (uint32_t i = 0; i < MAX_APP_ID; i++) {
        if (start + i + 1 > end)
            break;
        if (start[i] == '\\' || start[i] == '/')
            name_offset = i + 1;
    }
    name_key_t key = {0};
    uint8_t *name = start + name_offset;
    if (name < end) {
        uint64_t length = end - name;
        bpf_memcpy_s(key.name, sizeof(key.name), name, length < NAME_SIZE ? length : NAME_SIZE);
    }
    if (bpf_map_lookup_elem(&blocked_names, &key))
        return deny(DENIED_BY_NAME);
    return BIND_PERMIT;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
