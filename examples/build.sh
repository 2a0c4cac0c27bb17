#!/bin/sh
# Rebuilds every example object next to its source:  clang -target bpf -O2 -g -c
#   examples/*.c        against examples/include        (eBPF for Windows ABI)
#   examples/linux/*.c  against examples/linux/include  (Linux ABI)
# With --kernel-check (root, bpffs at /sys/fs/bpf), also loads every Linux object into the running
# kernel with bpftool and prints its verdict.
set -eu
case "$0" in */*) cd "${0%/*}" ;; esac

if ! command -v clang >/dev/null 2>&1; then
    echo "build.sh: clang not found; keeping the committed .o files" >&2
    exit 0
fi

build() { # build SOURCE INCLUDE_DIR
    echo "clang -target bpf -O2 -g -Werror -I $2 -c $1 -o ${1%.c}.o"
    clang -target bpf -O2 -g -Werror -I "$2" -c "$1" -o "${1%.c}.o"
}

for source in *.c; do build "$source" include; done
for source in linux/*.c; do build "$source" linux/include; done

if [ "${1:-}" = "--kernel-check" ]; then
    status=0
    for object in linux/*.o; do
        name=rz_$(basename "$object" .o)
        if log=$(bpftool prog loadall "$object" "/sys/fs/bpf/$name" 2>&1); then
            echo "$object: accepted by the kernel's verifier"
        else
            echo "$object: REJECTED by the kernel's verifier"
            echo "$log" | tail -20
            status=1
        fi
        rm -rf "/sys/fs/bpf/$name"
    done
    exit $status
fi
