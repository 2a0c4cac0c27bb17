#!/bin/bash
# build.sh [files.c] : compile each program; files listed in MCPU_V3 get -mcpu=v3
cd "$(dirname "$0")"
MCPU_V3="u33_clang_lost_bounds s29_masked_len_copy u30_concat_var_off s04_tp_sched_switch_hist s08_kretprobe_vfs_read_lat s11_kprobe_tcp_connect_core s19_tp_read_sized_output u11_hist_off_by_one u17_percpu_scratch_overflow"
for c in ${@:-*.c}; do
  n=${c%.c}; extra=""
  case " $MCPU_V3 " in *" $n "*) extra="-mcpu=v3";; esac
  clang -target bpf -O2 -g -D__TARGET_ARCH_x86 $extra -I/usr/include/x86_64-linux-gnu -I. -c $c -o $n.o 2>&1 | grep -E 'error' && echo "FAILED $c"
done
true
