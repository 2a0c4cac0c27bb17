// SAFE: bpf_printk with its format string in .rodata.
#include "common.h"

SEC("kprobe/do_sys_openat2")
int printk_format(void *regs)
{
    bpf_printk("open by %d\n", (int)(bpf_get_current_pid_tgid() >> 32));
    return 0;
}
