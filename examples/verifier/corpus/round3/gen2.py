exec(open('gen.py').read().split('# ---- probe_read family')[0])
NG = "Proprietary"
for h, body in [
  ("probe_read_user","K { char b[8]; bpf_probe_read_user(b, 8, (void*)opaque()); return b[0]; }"),
  ("probe_read_user_str","K { char b[8]; bpf_probe_read_user_str(b, 8, (void*)opaque()); return b[0]; }"),
  ("probe_read_kernel_str","K { char b[8]; bpf_probe_read_kernel_str(b, 8, (void*)opaque()); return b[0]; }"),
  ("probe_read","K { char b[8]; bpf_probe_read(b, 8, (void*)opaque()); return b[0]; }"),
  ("perf_event_output","K { __u64 d = 1; bpf_perf_event_output(ctx, &pe, BPF_F_CURRENT_CPU, &d, 8); return 0; }"),
  ("perf_event_output_tc","TC { __u64 d = 1; bpf_perf_event_output(skb, &pe, BPF_F_CURRENT_CPU, &d, 8); return 0; }"),
  ("get_stackid","K { return bpf_get_stackid(ctx, &st, 0); }"),
  ("get_stack","K { __u64 b[4]; return bpf_get_stack(ctx, b, 32, 0); }"),
  ("get_current_task","K { return bpf_get_current_task() & 1; }"),
  ("get_current_task_btf","K { return bpf_get_current_task_btf() != 0; }"),
  ("snprintf",'K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, fmt_d, a, 8); return o[0]; }'),
  ("trace_vprintk",'K { __u64 a = 1; bpf_trace_vprintk(fmt_d, sizeof(fmt_d), &a, 8); return 0; }'),
  ("get_func_ip","K { return bpf_get_func_ip(ctx) & 1; }"),
  ("perf_event_read_value","K { struct bpf_perf_event_value b; return bpf_perf_event_read_value(&pe, 0, &b, sizeof(b)); }"),
  ("perf_event_read","K { return bpf_perf_event_read(&pe, 0) & 1; }"),
  ("send_signal","K { return bpf_send_signal(9); }"),
  ("get_current_comm","K { char b[16]; bpf_get_current_comm(b, 16); return b[0]; }"),
  ("ringbuf_output","K { __u64 d = 1; return bpf_ringbuf_output(&rb, &d, 8, 0); }"),
  ("ktime_get_ns","K { return bpf_ktime_get_ns() & 1; }"),
  ("get_ns_current_pid_tgid","K { struct bpf_pidns_info n; return bpf_get_ns_current_pid_tgid(0, 0, &n, sizeof(n)); }"),
  ("get_attach_cookie","K { return bpf_get_attach_cookie(ctx) & 1; }"),
  ("current_task_under_cgroup","K { return bpf_current_task_under_cgroup(&cga, 0); }"),
  ("strncmp",'K { char a[8] = "abc"; return bpf_strncmp(a, 8, fmt_s); }'),
  ("loop","static long cb(__u32 i, void *c) { return 0; }\nK { return bpf_loop(4, cb, 0, 0); }"),
  ("spin_lock","TC { __u32 k=0; struct lval *v = bpf_map_lookup_elem(&lk, &k); if (!v) return 0; bpf_spin_lock(&v->l); v->x++; bpf_spin_unlock(&v->l); return 0; }"),
  ("skb_load_bytes","TC { char b[4]; return bpf_skb_load_bytes(skb, 0, b, 4); }"),
  ("fib_lookup","XDP { struct bpf_fib_lookup f = {}; return bpf_fib_lookup(xdp, &f, sizeof(f), 0) ? XDP_PASS : XDP_DROP; }"),
  ("skb_cgroup_id","TC { return bpf_skb_cgroup_id(skb) & 1; }"),
  ("get_current_cgroup_id","K { return bpf_get_current_cgroup_id() & 1; }"),
  ("get_current_ancestor_cgroup_id","K { return bpf_get_current_ancestor_cgroup_id(1) & 1; }"),
  ("jiffies64","K { return bpf_jiffies64() & 1; }"),
  ("redirect_neigh","TC { return bpf_redirect_neigh(1, 0, 0, 0); }"),
  ("redirect_peer","TC { return bpf_redirect_peer(1, 0); }"),
  ("skb_under_cgroup","TC { return bpf_skb_under_cgroup(skb, &cga, 0); }"),
  ("get_hash_recalc","TC { return bpf_get_hash_recalc(skb) & 1; }"),
  ("csum_update","TC { return bpf_csum_update(skb, 1) & 1; }"),
  ("skb_get_tunnel_key","TC { struct bpf_tunnel_key k; return bpf_skb_get_tunnel_key(skb, &k, sizeof(k), 0); }"),
  ("get_route_realm","TC { return bpf_get_route_realm(skb) & 1; }"),
  ("get_cgroup_classid","TC { return bpf_get_cgroup_classid(skb) & 1; }"),
  ("map_lookup_percpu_elem","K { __u32 k=0; return bpf_map_lookup_percpu_elem(&pca, &k, 0) != 0; }"),
  ("ktime_get_tai_ns","K { return bpf_ktime_get_tai_ns() & 1; }"),
  ("skb_set_tstamp","TC { return bpf_skb_set_tstamp(skb, 0, 0); }"),
  ("xdp_load_bytes","XDP { char b[4]; return bpf_xdp_load_bytes(xdp, 0, b, 4); }"),
  ("get_socket_uid","TC { return bpf_get_socket_uid(skb) & 1; }"),
  ("get_numa_node_id","K { return bpf_get_numa_node_id() & 1; }"),
  ("ktime_get_boot_ns","K { return bpf_ktime_get_boot_ns() & 1; }"),
  ("ktime_get_coarse_ns","K { return bpf_ktime_get_coarse_ns() & 1; }"),
  ("get_current_uid_gid","K { return bpf_get_current_uid_gid() & 1; }"),
  ("get_current_pid_tgid","K { return bpf_get_current_pid_tgid() & 1; }"),
  ]:
    p(f"gpl_{h}", body, NG)
# zero sizes
p("z_peo_size0", "K { __u64 d = 1; bpf_perf_event_output(ctx, &pe, 0, &d, 0); return 0; }")
p("z_rbo_size0", "K { __u64 d = 1; bpf_ringbuf_output(&rb, &d, 0, 0); return 0; }")
p("z_getstack_size0", "K { __u64 d[2]; return bpf_get_stack(ctx, d, 0, 0); }")
p("z_vprintk_data0", "K { bpf_trace_vprintk(fmt_s, sizeof(fmt_s), 0, 0); return 0; }")
p("z_vprintk_fmt0", "K { bpf_trace_vprintk(fmt_s, 0, 0, 0); return 0; }")
p("z_snprintf_out0", "K { bpf_snprintf(0, 0, fmt_s, 0, 0); return 0; }")
p("z_pread_value_range", "K { struct bpf_perf_event_value b; __u32 n = opaque() & 31; return bpf_perf_event_read_value(&pe, 0, &b, n); }")
p("z_nspid_range", "K { struct bpf_pidns_info n; __u32 s = opaque() & 7; return bpf_get_ns_current_pid_tgid(0, 0, &n, s); }")
p("z_nspid_null", "K { return bpf_get_ns_current_pid_tgid(0, 0, 0, 0); }")
p("z_fib_range", "XDP { struct bpf_fib_lookup f = {}; __u32 n = opaque() & 63; return bpf_fib_lookup(xdp, &f, n, 0) ? XDP_PASS : XDP_DROP; }")
p("z_tunkey_range", "TC { struct bpf_tunnel_key k; __u32 n = opaque() & 15; return bpf_skb_get_tunnel_key(skb, &k, n, 0); }")
p("z_xdpload_range", "XDP { char b[16]; __u32 n = opaque() & 15; return bpf_xdp_load_bytes(xdp, 0, b, n); }")
p("z_xdpstore_range", "XDP { char b[16] = {}; __u32 n = opaque() & 15; return bpf_xdp_store_bytes(xdp, 0, b, n); }")
p("z_skbstore_range", "TC { char b[16] = {}; __u32 n = opaque() & 15; return bpf_skb_store_bytes(skb, 0, b, n, 0); }")
p("z_strncmp_range", "K { char a[8] = {}; __u32 n = opaque() & 7; return bpf_strncmp(a, n, fmt_s); }")
p("z_printk_range", "K { char a[8] = {}; __u32 n = opaque() & 7; return bpf_trace_printk(a, n); }")
p("z_loadrel_range", "TC { char b[16]; __u32 n = opaque() & 15; return bpf_skb_load_bytes_relative(skb, 0, b, n, 0); }")
# snprintf format
p("sn_noargs_with1", 'K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, fmt_s, a, 8); return o[0]; }')
p("sn_2spec_1arg", 'const char f2[] = "%d %d"; K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, f2, a, 8); return o[0]; }')
p("sn_datalen_var", 'K { char o[16]; __u64 a[2] = {1,2}; __u32 n = (opaque() & 1) * 8 + 8; bpf_snprintf(o, 16, fmt_d, a, n); return o[0]; }')
p("sn_fmt_offset", 'const char f3[] = "xx%d"; K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, f3 + 2, a, 8); return o[0]; }')
p("sn_fmt_var_offset", 'const char f3[] = "xx%d"; K { char o[16]; __u64 a[1] = {1}; __u32 i = opaque() & 1; bpf_snprintf(o, 16, f3 + i, a, 8); return o[0]; }')
p("sn_pct_s_ok", 'const char f4[] = "%s"; K { char o[16]; __u64 a[1] = {(__u64)fmt_s}; bpf_snprintf(o, 16, f4, a, 8); return o[0]; }')
p("sn_pct_n", 'const char f5[] = "%n"; K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, f5, a, 8); return o[0]; }')
p("sn_13args", 'const char f6[] = "%d%d%d%d%d%d%d%d%d%d%d%d%d"; K { char o[16]; __u64 a[13] = {}; bpf_snprintf(o, 16, f6, a, 104); return o[0]; }')
p("sn_data_uninit", 'K { char o[16]; __u64 a[1]; bpf_snprintf(o, 16, fmt_d, a, 8); return o[0]; }')
p("sn_fmt_rw_map", 'char fw[8] = "%d"; K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, fw, a, 8); return o[0]; }')
p("strncmp_fmt_rw", 'char fw[8] = "abc"; K { char a[8] = {}; return bpf_strncmp(a, 8, fw); }')
p("vprintk_bad_fmt", 'K { __u64 a = 1; bpf_trace_vprintk(fmt_s, sizeof(fmt_s), &a, 8); return 0; }')
# prog type availability
p("pt_spinlock_kprobe", "K { __u32 k=0; struct lval *v = bpf_map_lookup_elem(&lk, &k); if (!v) return 0; bpf_spin_lock(&v->l); v->x++; bpf_spin_unlock(&v->l); return 0; }")
p("pt_vlan_push_xdp", "XDP { return bpf_skb_vlan_push((void*)xdp, 0x81, 1); }")
p("pt_redirect_peer_xdp", "XDP { return bpf_redirect_peer(1, 0); }")
p("pt_stackid_tc", "TC { return bpf_get_stackid(skb, &st, 0); }")
p("pt_comm_xdp", "XDP { char b[16]; bpf_get_current_comm(b, 16); return XDP_PASS; }")
p("pt_pidtgid_xdp", "XDP { return bpf_get_current_pid_tgid() & 1; }")
p("pt_perf_read_tc", "TC { return bpf_perf_event_read(&pe, 0) & 1; }")
p("pt_fib_kprobe", "K { struct bpf_fib_lookup f = {}; return bpf_fib_lookup(ctx, &f, sizeof(f), 0); }")
p("pt_tailcall_ok_tc", "TC { bpf_tail_call(skb, &pa, 0); return 0; }")
p("pt_skb_load_kprobe", "K { char b[4]; return bpf_skb_load_bytes(ctx, 0, b, 4); }")
p("pt_cgroup_classid_xdp", "XDP { return bpf_get_cgroup_classid((void*)xdp) & 1; }")
p("pt_csum_diff_xdp_ok", "XDP { __be32 t = 0; return bpf_csum_diff(0, 0, &t, 4, 0) & 1; }")
p("pt_xdp_getbufflen_tc", "TC { return bpf_xdp_get_buff_len((void*)skb) & 1; }")
p("pt_socket_cookie_kprobe", "K { return bpf_get_socket_cookie(ctx) & 1; }")
p("pt_get_local_storage_kprobe", "struct { __uint(type, BPF_MAP_TYPE_CGROUP_STORAGE); __type(key, struct bpf_cgroup_storage_key); __type(value, __u64); } cgs SEC(\".maps\");\nK { __u64 *v = bpf_get_local_storage(&cgs, 0); return *v & 1; }")
p("pt_ancestor_xdp", "XDP { return bpf_get_current_ancestor_cgroup_id(1) & 1; }")
p("pt_redirect_kprobe", "K { return bpf_redirect(1, 0); }")
p("pt_task_under_cg_xdp", "XDP { return bpf_current_task_under_cgroup(&cga, 0); }")
p("pt_set_tstamp_xdp", "XDP { return bpf_skb_set_tstamp((void*)xdp, 0, 0); }")
p("pt_ktime_tai_xdp_ok", "XDP { return bpf_ktime_get_tai_ns() & 1; }")
p("pt_jiffies_xdp", "XDP { return bpf_jiffies64() & 1; }")
p("pt_uidgid_tc", "TC { return bpf_get_current_uid_gid() & 1; }")
p("pt_snprintf_xdp", 'XDP { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, fmt_d, a, 8); return XDP_PASS; }')
p("pt_loop_xdp_ok", "static long cb(__u32 i, void *c) { return 0; }\nXDP { bpf_loop(4, cb, 0, 0); return XDP_PASS; }")
p("pt_printk_xdp", 'XDP { char f[] = "abc"; bpf_trace_printk(f, sizeof(f)); return XDP_PASS; }')
p("pt_get_func_ip_xdp", "XDP { return bpf_get_func_ip(xdp) & 1; }")
p("pt_peo_xdp_ok", "XDP { __u64 d = 1; bpf_perf_event_output(xdp, &pe, BPF_F_CURRENT_CPU, &d, 8); return XDP_PASS; }")
p("pt_getstack_tc", "TC { __u64 b[4]; return bpf_get_stack(skb, b, 32, 0); }")
for n,(b,lic) in P.items():
    open(n+".c","w").write('#include "hdr.h"\nchar LICENSE[] SEC("license") = "%s";\n%s\n' % (lic, b))
print(len(P))
