#!/bin/sh
# Rebuilds the disassembler golden files: objects from the C and assembly sources (clang 14 and
# llvm-mc 14) and the text `llvm-objdump -d` prints for them, with and without --mattr=+alu32.
# Run from anywhere; writes next to this script's parent directory. Needs clang, llvm-mc, llvm-objdump.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$here")
cd "$out"
: > index.txt
objdump() { # object name
    llvm-objdump -d "$1.o" > "$1.objdump"
    llvm-objdump -d --mattr=+alu32 "$1.o" > "$1.alu32.objdump"
    printf '%s.objdump\n%s.alu32.objdump\n' "$1" "$1" >> index.txt
}
for c in arith branches packet; do
    for cpu in v1 v2 v3; do
        clang -target bpf -O2 -mcpu=$cpu -c "$here/$c.c" -o "$c-$cpu.o"
        objdump "$c-$cpu"
    done
done
clang -target bpf -O2 -mcpu=v3 -c "$here/atomics.c" -o atomics-v3.o
objdump atomics-v3
llvm-mc -triple bpf -mattr=+alu32 -filetype=obj "$here/forms.s" -o forms.o
objdump forms
llvm-mc -triple bpf -mattr=+alu32 -filetype=obj "$here/program.s" -o program.o
objdump program
echo "llvm-objdump: $(llvm-objdump --version | head -1)" > TOOLS.txt
echo "clang: $(clang --version | head -1)" >> TOOLS.txt
