#!/bin/sh
# Rebuilds the verifier corpus: each NAME.c (Linux ABI, one pattern per program) becomes NAME.o and
# NAME.objdump (llvm-objdump -d -r text, read by the tests until they load the objects directly).
# With --kernel-check (root, bpffs at /sys/fs/bpf), loads every object into the running kernel with
# bpftool and writes each verdict and the kernel's last log lines to inventory.json.
set -eu
case "$0" in */*) cd "${0%/*}" ;; esac

if ! command -v clang >/dev/null 2>&1; then
    echo "build.sh: clang not found; keeping the committed objects" >&2
    exit 0
fi

for source in *.c; do
    object=${source%.c}.o
    # a line "// cflags: ..." adds compiler flags (e.g. -mcpu=v3 for 32-bit ALU and JMP32)
    extra=$(sed -n 's|^// cflags: ||p' "$source")
    clang -target bpf -O2 -g -Werror $extra -I ../linux/include -c "$source" -o "$object"
    llvm-objdump -d -r --no-show-raw-insn "$object" | sed "s|^$object:|${source%.c}.o:|" > "${source%.c}.objdump"
done

if [ "${1:-}" = "--kernel-check" ]; then
    kernel=$(uname -r)
    {
        printf '{\n  "kernel": "%s",\n  "loader": "root (bpftool prog load)",\n  "programs": [\n' "$kernel"
        first=1
        for object in *.o; do
            name=${object%.o}
            pin=/sys/fs/bpf/rz_verifier_$name
            if log=$(bpftool prog load "$object" "$pin" 2>&1); then
                verdict=pass
                message=""
            else
                verdict=fail
                message=$(printf '%s\n' "$log" | awk '/^processed [0-9]+ insns/ { print prev; exit } { prev = $0 }' \
                    | sed 's/\\/\\\\/g; s/"/\\"/g')
            fi
            rm -f "$pin"
            [ $first -eq 1 ] || printf ',\n'
            first=0
            printf '    {"object": "%s", "kernel": "%s", "message": "%s"}' "$object" "$verdict" "$message"
        done
        printf '\n  ]\n}\n'
    } > inventory.json
    cat inventory.json
fi
