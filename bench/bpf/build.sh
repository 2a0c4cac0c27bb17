#!/usr/bin/env bash
# Rebuilds the benchmark objects (committed, so clang is only needed to change them).
set -euo pipefail
cd "$(dirname "$0")"
command -v clang >/dev/null || { echo "clang not found: keeping the committed objects"; exit 0; }
for src in *.c; do
  clang -target bpf -O2 -g -c "$src" -o "${src%.c}.o"
done
