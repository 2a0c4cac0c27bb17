// Linux kprobe: counts openat2 calls per process (pid → count and the task's name) in a hash.
#include <bpf_helpers.h>

struct opener {
    __u64 opens;
    char comm[16];
};

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __type(key, __u32); // tgid
    __type(value, struct opener);
    __uint(max_entries, 1024);
} opens_per_process SEC(".maps");

SEC("kprobe/do_sys_openat2")
int count_opens(void *regs)
{
    __u32 tgid = bpf_get_current_pid_tgid() >> 32;
    struct opener *opener = bpf_map_lookup_elem(&opens_per_process, &tgid);
    if (opener) {
        __sync_fetch_and_add(&opener->opens, 1);
        return 0;
    }
    struct opener first = {.opens = 1};
    bpf_get_current_comm(first.comm, sizeof(first.comm));
    bpf_map_update_elem(&opens_per_process, &tgid, &first, BPF_NOEXIST);
    return 0;
}

char LICENSE[] SEC("license") = "GPL";
