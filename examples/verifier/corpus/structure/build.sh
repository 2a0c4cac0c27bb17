#!/bin/bash
# builds every *.c here; programs listed in V3 are compiled with -mcpu=v3 (atomics with fetch, JMP32/ALU32)
cd "$(dirname "$0")"
V3=" s_atomics_v3 u_atomic_stack_uninit_cmpxchg s_alu32_v3 u_alu32_signed_idx u_global_subprog_outparam s_global_subprog_outparam u_global_subprog_beyond_btf u_global_subprog_voidptr u_global_subprog_void s_global_subprog_mapval s_atomic_hist_var_idx u_atomic_packed_misaligned u_atomic_on_packet s_loop_last_match s_array_zero_key_no_null s_percpu_hash u_percpu_hash_class_oob s_tail_call_subprog s_alu32_signed_checked u_alu32_wrap_check s_lru_delete_cycle s_static_subprog_outparam "
for f in *.c; do n=${f%.c}; extra=""; case "$V3" in *" $n "*) extra=-mcpu=v3;; esac
  clang -target bpf -O2 -g -D__TARGET_ARCH_x86 $extra -I/usr/include/x86_64-linux-gnu -c $f -o $n.o 2>&1 | grep -E "error" ; done
exit 0
