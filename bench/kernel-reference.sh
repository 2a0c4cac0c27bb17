#!/usr/bin/env bash
# Runs the benchmark objects in the Linux kernel's own eBPF (bpftool prog run), the reference that
# ringzero's numbers are compared with in docs/benchmarks.md. Needs root, bpftool and bpffs;
# prints one JSON line per object: {"object","retval","duration"} (duration = ns per run).
set -euo pipefail
cd "$(dirname "$0")"
repeat="${1:-1000000}"
if [ "$(id -u)" != 0 ] || ! command -v bpftool >/dev/null || [ ! -d /sys/fs/bpf ]; then
  echo "kernel-reference: needs root, bpftool and /sys/fs/bpf; skipped" >&2
  exit 0
fi
packet="$(mktemp)"
trap 'rm -f "$packet"' EXIT
head -c 64 /dev/zero > "$packet"
for object in bpf/alu_loop.o bpf/map_count.o; do
  name="rz_bench_$(basename "$object" .o)"
  rm -f "/sys/fs/bpf/$name"
  bpftool prog load "$object" "/sys/fs/bpf/$name" type xdp
  result="$(bpftool -j prog run pinned "/sys/fs/bpf/$name" data_in "$packet" repeat "$repeat")"
  rm -f "/sys/fs/bpf/$name"
  echo "{\"object\":\"$object\",${result#\{}"
done
