#!/bin/sh
# Rebuilds the ELF loader's test objects exactly as the tests expect them:
# Debian clang 14, `clang -target bpf -O2 -g -c`, run from this directory so that the
# file names recorded in BTF and DWARF are relative (e.g. "btf_maps.c"); -fdebug-prefix-map keeps
# the checkout directory out of the objects, so they do not depend on where they were built.
# Run from anywhere.
set -eu
cd "$(dirname "$0")"
for src in *.c; do
    clang -target bpf -O2 -g -c -fdebug-prefix-map="$(pwd)"=. "$src" -o "../${src%.c}.o"
done
