/*
 * ringzero — ebpf_nethooks.h: the network hooks of the eBPF for Windows ABI
 * (bind, cgroup/connect4|6 and recv_accept4|6 = sock_addr, sockops, xdp_test, sample_ext).
 * Layouts follow eBPF for Windows so programs written for it compile unchanged.
 */
#ifndef RINGZERO_EBPF_NETHOOKS_H
#define RINGZERO_EBPF_NETHOOKS_H

#include "bpf_helpers.h"

/* ---- bind: SEC("bind"), program type "bind". ---- */

typedef enum _bind_operation {
    BIND_OPERATION_BIND,      /* Entry to bind. */
    BIND_OPERATION_POST_BIND, /* After port allocation. */
    BIND_OPERATION_UNBIND,    /* Release port. */
} bind_operation_t;

typedef struct _bind_md {
    uint8_t *app_id_start;         /* offset  0: start of the App ID (the executable's path). */
    uint8_t *app_id_end;           /* offset  8: end of the App ID. */
    uint64_t process_id;           /* offset 16 */
    uint8_t socket_address[16];    /* offset 24: the sockaddr to bind to. */
    uint8_t socket_address_length; /* offset 40 */
    bind_operation_t operation;    /* offset 44 */
    uint8_t protocol;              /* offset 48: e.g. IPPROTO_TCP. Size of bind_md_t: 56. */
} bind_md_t;

typedef enum _bind_action {
    BIND_PERMIT,   /* Permit the bind operation. */
    BIND_DENY,     /* Deny the bind operation. */
    BIND_REDIRECT, /* Change the bind endpoint. */
} bind_action_t;

typedef bind_action_t bind_hook_t(bind_md_t *context);

/* ---- sock_addr: SEC("cgroup/connect4"), "cgroup/connect6", "cgroup/recv_accept4", "cgroup/recv_accept6". ---- */

typedef enum _ebpf_sock_addr_verdict {
    BPF_SOCK_ADDR_VERDICT_REJECT,       /* Block the connection. */
    BPF_SOCK_ADDR_VERDICT_PROCEED,      /* Let it proceed (other filters may still block it). */
    BPF_SOCK_ADDR_VERDICT_PROCEED_HARD, /* Let it proceed, overriding lower-priority filters. */
} ebpf_sock_addr_verdict_t;

typedef struct bpf_sock_addr {
    uint32_t family; /* offset 0: AF_INET (2) or AF_INET6 (23 on Windows). */
    struct {
        union {
            uint32_t msg_src_ip4;    /* offset 4, network byte order. */
            uint32_t msg_src_ip6[4]; /* offset 4 */
        };
        uint16_t msg_src_port; /* offset 20, network byte order. */
    };
    struct {
        union {
            uint32_t user_ip4;    /* offset 24: destination address, network byte order. */
            uint32_t user_ip6[4]; /* offset 24 */
        };
        uint16_t user_port; /* offset 40: destination port, network byte order. */
    };
    uint32_t protocol;       /* offset 44 */
    uint32_t compartment_id; /* offset 48 */
    uint64_t interface_luid; /* offset 56. Size of bpf_sock_addr_t: 64. */
} bpf_sock_addr_t;

typedef ebpf_sock_addr_verdict_t sock_addr_hook_t(bpf_sock_addr_t *context);

/* ---- sockops: SEC("sockops"). ---- */

typedef enum _bpf_sock_op_type {
    BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB,
    BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB,
    BPF_SOCK_OPS_CONNECTION_DELETED_CB,
} bpf_sock_op_type_t;

typedef struct _bpf_sock_ops {
    bpf_sock_op_type_t op; /* offset 0 */
    uint32_t family;       /* offset 4 */
    struct {
        union {
            uint32_t local_ip4;    /* offset 8 */
            uint32_t local_ip6[4]; /* offset 8 */
        };
        uint32_t local_port; /* offset 24 */
    };
    struct {
        union {
            uint32_t remote_ip4;    /* offset 28 */
            uint32_t remote_ip6[4]; /* offset 28 */
        };
        uint32_t remote_port; /* offset 44 */
    };
    uint8_t protocol;        /* offset 48 */
    uint32_t compartment_id; /* offset 52 */
    uint64_t interface_luid; /* offset 56. Size of bpf_sock_ops_t: 64. */
} bpf_sock_ops_t;

typedef int sock_ops_hook_t(bpf_sock_ops_t *context);

/* ---- xdp_test: SEC("xdp_test"), eBPF for Windows' XDP test hook. ---- */

typedef struct xdp_md_ {
    void *data;               /* offset  0: start of packet data. */
    void *data_end;           /* offset  8: end of packet data. */
    uint64_t data_meta;       /* offset 16 */
    uint32_t ingress_ifindex; /* offset 24. Size of xdp_md_t: 32. */
} xdp_md_t;

typedef enum _xdp_action {
    XDP_PASS = 1, /* Let the packet pass. */
    XDP_DROP,     /* Drop the packet. */
    XDP_TX,       /* Bounce the packet back out of the interface it came in on. */
} xdp_action_t;

typedef xdp_action_t xdp_hook_t(xdp_md_t *context);

/* ---- sample_ext: SEC("sample_ext"), the eBPF for Windows sample extension's program type "sample". ---- */

typedef struct _sample_program_context {
    uint8_t *data_start;    /* offset  0 */
    uint8_t *data_end;      /* offset  8 */
    uint32_t uint32_data;   /* offset 16 */
    uint16_t uint16_data;   /* offset 20 */
    uint32_t helper_data_1; /* offset 24 */
    uint32_t helper_data_2; /* offset 28. Size of sample_program_context_t: 32. */
} sample_program_context_t;

#endif /* RINGZERO_EBPF_NETHOOKS_H */
