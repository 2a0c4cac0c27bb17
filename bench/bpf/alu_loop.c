// A pure-ALU loop for timing engines side by side: 1000 rounds of shift/xor/add on a value the
// compiler cannot precompute (it depends on the packet length). Linux xdp ABI, so the kernel can run
// the same object with `bpftool prog run`.
#define SEC(name) __attribute__((section(name), used))

struct xdp_md {
    unsigned int data;
    unsigned int data_end;
    unsigned int data_meta;
    unsigned int ingress_ifindex;
    unsigned int rx_queue_index;
    unsigned int egress_ifindex;
};

SEC("xdp")
int alu_loop(struct xdp_md *ctx)
{
    unsigned long long acc = ctx->data_end - ctx->data;
    for (int i = 0; i < 1000; i++) {
        acc = (acc ^ (acc << 7)) + i;
        acc ^= acc >> 3;
    }
    return 1 + (int)(acc & 1);  /* XDP_DROP or XDP_PASS */
}

char LICENSE[] SEC("license") = "GPL";
