#!/usr/bin/env bash
# Rebuilds the objects of the rz verify tests with libbpf's own headers (Debian: libbpf-dev, linux-libc-dev).
# The Linux kernel (bpftool prog load, as root) accepts lpm_perf.o and rejects perf_wrong_map.o.
set -euo pipefail
cd "$(dirname "$0")"
command -v clang >/dev/null || { echo "clang not found: keeping the committed objects"; exit 0; }
for src in *.c; do
  clang -target bpf -O2 -g -fdebug-prefix-map="$PWD"=. -I/usr/include/"$(uname -m)"-linux-gnu -c "$src" -o "${src%.c}.o"
done
