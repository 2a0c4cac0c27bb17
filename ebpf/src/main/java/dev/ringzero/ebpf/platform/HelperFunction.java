package dev.ringzero.ebpf.platform;

/**
 * A helper function ringzero implements, independent of its number: {@link HelperTable} numbers it
 * for each platform. Helpers that exist on one platform only have no entry in the other's table.
 */
public enum HelperFunction {
    MAP_LOOKUP_ELEM,
    MAP_UPDATE_ELEM,
    MAP_DELETE_ELEM,
    /** Windows only. */
    MAP_LOOKUP_AND_DELETE_ELEM,
    TAIL_CALL,
    GET_PRANDOM_U32,
    KTIME_GET_NS,
    KTIME_GET_BOOT_NS,
    /** Windows only. */
    KTIME_GET_MS,
    /** Windows only. */
    KTIME_GET_BOOT_MS,
    GET_SMP_PROCESSOR_ID,
    GET_CURRENT_PID_TGID,
    /** Linux only: the current task's name; Windows programs get the process's App ID from their context instead. */
    GET_CURRENT_COMM,
    /** Windows only. */
    GET_CURRENT_LOGON_ID,
    /** Windows only. */
    IS_CURRENT_ADMIN,
    /** Linux only: {@code bpf_trace_printk(fmt, fmt_size, ...)} with up to three arguments. */
    TRACE_PRINTK,
    /** Windows only: trace_printk with no argument after the format. */
    TRACE_PRINTK2,
    /** Windows only: trace_printk with one argument after the format. */
    TRACE_PRINTK3,
    /** Windows only: trace_printk with two arguments after the format. */
    TRACE_PRINTK4,
    /** Windows only: trace_printk with three arguments after the format. */
    TRACE_PRINTK5,
    RINGBUF_OUTPUT,
    /** Linux only: {@code bpf_perf_event_output(ctx, map, flags, data, size)} into a perf event array. */
    PERF_EVENT_OUTPUT,
    MAP_PUSH_ELEM,
    MAP_POP_ELEM,
    MAP_PEEK_ELEM,
    /** Windows only. */
    MEMCPY_S,
    /** Windows only. */
    MEMCMP_S,
    /** Windows only. */
    MEMSET,
    /** Windows only. */
    MEMMOVE_S,
    /** Windows only. */
    STRNCPY_S,
    /** Windows only. */
    STRNCAT_S,
    /** Windows only. */
    STRNLEN_S,
    CSUM_DIFF,
    GET_SOCKET_COOKIE,
    /** Linux only. */
    SKB_LOAD_BYTES,
    /** Linux only. */
    PROBE_READ_KERNEL,
    /** Linux only: bpf_probe_read. */
    PROBE_READ,
    /** Linux only: bpf_get_current_uid_gid. */
    GET_CURRENT_UID_GID,
    /** Linux only: bpf_skb_store_bytes. */
    SKB_STORE_BYTES,
    /** Linux only: bpf_l3_csum_replace. */
    L3_CSUM_REPLACE,
    /** Linux only: bpf_l4_csum_replace. */
    L4_CSUM_REPLACE,
    /** Linux only: bpf_clone_redirect. */
    CLONE_REDIRECT,
    /** Linux only: bpf_get_cgroup_classid. */
    GET_CGROUP_CLASSID,
    /** Linux only: bpf_skb_vlan_push. */
    SKB_VLAN_PUSH,
    /** Linux only: bpf_skb_vlan_pop. */
    SKB_VLAN_POP,
    /** Linux only: bpf_skb_get_tunnel_key. */
    SKB_GET_TUNNEL_KEY,
    /** Linux only: bpf_perf_event_read. */
    PERF_EVENT_READ,
    /** Linux only: bpf_redirect. */
    REDIRECT,
    /** Linux only: bpf_get_route_realm. */
    GET_ROUTE_REALM,
    /** Linux only: bpf_get_stackid. */
    GET_STACKID,
    /** Linux only: bpf_skb_change_proto. */
    SKB_CHANGE_PROTO,
    /** Linux only: bpf_skb_change_type. */
    SKB_CHANGE_TYPE,
    /** Linux only: bpf_skb_under_cgroup. */
    SKB_UNDER_CGROUP,
    /** Linux only: bpf_get_hash_recalc. */
    GET_HASH_RECALC,
    /** Linux only: bpf_get_current_task. */
    GET_CURRENT_TASK,
    /** Linux only: bpf_current_task_under_cgroup. */
    CURRENT_TASK_UNDER_CGROUP,
    /** Linux only: bpf_skb_change_tail. */
    SKB_CHANGE_TAIL,
    /** Linux only: bpf_skb_pull_data. */
    SKB_PULL_DATA,
    /** Linux only: bpf_csum_update. */
    CSUM_UPDATE,
    /** Linux only: bpf_set_hash_invalid. */
    SET_HASH_INVALID,
    /** Linux only: bpf_get_numa_node_id. */
    GET_NUMA_NODE_ID,
    /** Linux only: bpf_skb_change_head. */
    SKB_CHANGE_HEAD,
    /** Linux only: bpf_xdp_adjust_head. */
    XDP_ADJUST_HEAD,
    /** Linux only: bpf_probe_read_str. */
    PROBE_READ_STR,
    /** Linux only: bpf_get_socket_uid. */
    GET_SOCKET_UID,
    /** Linux only: bpf_set_hash. */
    SET_HASH,
    /** Linux only: bpf_skb_adjust_room. */
    SKB_ADJUST_ROOM,
    /** Linux only: bpf_redirect_map. */
    REDIRECT_MAP,
    /** Linux only: bpf_xdp_adjust_meta. */
    XDP_ADJUST_META,
    /** Linux only: bpf_perf_event_read_value. */
    PERF_EVENT_READ_VALUE,
    /** Linux only: bpf_xdp_adjust_tail. */
    XDP_ADJUST_TAIL,
    /** Linux only: bpf_get_stack. */
    GET_STACK,
    /** Linux only: bpf_skb_load_bytes_relative. */
    SKB_LOAD_BYTES_RELATIVE,
    /** Linux only: bpf_fib_lookup. */
    FIB_LOOKUP,
    /** Linux only: bpf_skb_cgroup_id. */
    SKB_CGROUP_ID,
    /** Linux only: bpf_get_current_cgroup_id. */
    GET_CURRENT_CGROUP_ID,
    /** Linux only: bpf_get_local_storage. */
    GET_LOCAL_STORAGE,
    /** Linux only: bpf_spin_lock. */
    SPIN_LOCK,
    /** Linux only: bpf_spin_unlock. */
    SPIN_UNLOCK,
    /** Linux only: bpf_skb_ecn_set_ce. */
    SKB_ECN_SET_CE,
    /** Linux only: bpf_send_signal. */
    SEND_SIGNAL,
    /** Linux only: bpf_probe_read_user. */
    PROBE_READ_USER,
    /** Linux only: bpf_probe_read_user_str. */
    PROBE_READ_USER_STR,
    /** Linux only: bpf_probe_read_kernel_str. */
    PROBE_READ_KERNEL_STR,
    /** Linux only: bpf_send_signal_thread. */
    SEND_SIGNAL_THREAD,
    /** Linux only: bpf_jiffies64. */
    JIFFIES64,
    /** Linux only: bpf_get_ns_current_pid_tgid. */
    GET_NS_CURRENT_PID_TGID,
    /** Linux only: bpf_get_current_ancestor_cgroup_id. */
    GET_CURRENT_ANCESTOR_CGROUP_ID,
    /** Linux only: bpf_ringbuf_reserve. */
    RINGBUF_RESERVE,
    /** Linux only: bpf_ringbuf_submit. */
    RINGBUF_SUBMIT,
    /** Linux only: bpf_ringbuf_discard. */
    RINGBUF_DISCARD,
    /** Linux only: bpf_ringbuf_query. */
    RINGBUF_QUERY,
    /** Linux only: bpf_csum_level. */
    CSUM_LEVEL,
    /** Linux only: bpf_redirect_neigh. */
    REDIRECT_NEIGH,
    /** Linux only: bpf_redirect_peer. */
    REDIRECT_PEER,
    /** Linux only: bpf_get_current_task_btf. */
    GET_CURRENT_TASK_BTF,
    /** Linux only: bpf_ktime_get_coarse_ns. */
    KTIME_GET_COARSE_NS,
    /** Linux only: bpf_for_each_map_elem. */
    FOR_EACH_MAP_ELEM,
    /** Linux only: bpf_snprintf. */
    SNPRINTF,
    /** Linux only: bpf_get_func_ip. */
    GET_FUNC_IP,
    /** Linux only: bpf_get_attach_cookie. */
    GET_ATTACH_COOKIE,
    /** Linux only: bpf_trace_vprintk. */
    TRACE_VPRINTK,
    /** Linux only: bpf_loop. */
    LOOP,
    /** Linux only: bpf_strncmp. */
    STRNCMP,
    /** Linux only: bpf_xdp_get_buff_len. */
    XDP_GET_BUFF_LEN,
    /** Linux only: bpf_xdp_load_bytes. */
    XDP_LOAD_BYTES,
    /** Linux only: bpf_xdp_store_bytes. */
    XDP_STORE_BYTES,
    /** Linux only: bpf_skb_set_tstamp. */
    SKB_SET_TSTAMP,
    /** Linux only: bpf_map_lookup_percpu_elem. */
    MAP_LOOKUP_PERCPU_ELEM,
    /** Linux only: bpf_ktime_get_tai_ns. */
    KTIME_GET_TAI_NS,
}
