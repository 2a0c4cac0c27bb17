#!/usr/bin/env bash
# Rebuilds the objects of the rz verify tests with libbpf's own headers (Debian: libbpf-dev, linux-libc-dev).
# The Linux kernel (bpftool prog load, as root) accepts lpm_perf.o and rejects perf_wrong_map.o.
set -euo pipefail
cd "$(dirname "$0")"
command -v clang >/dev/null || { echo "clang not found: keeping the committed objects"; exit 0; }
for src in lpm_perf.c perf_wrong_map.c tail_unverified.c malformed_exit.c; do
  clang -target bpf -O2 -g -fdebug-prefix-map="$PWD"=. -I/usr/include/"$(uname -m)"-linux-gnu -c "$src" -o "${src%.c}.o"
done
# eBPF for Windows ABI, with the project's own headers
clang -target bpf -O2 -g -fdebug-prefix-map="$PWD"=. -I ../../../../../examples/include -c nested_bitfields.c -o nested_bitfields.o
