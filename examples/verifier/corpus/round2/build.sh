#!/bin/bash
for f in "$@"; do b=${f%.c}; X=""; [[ $b == v3_* ]] && X=-mcpu=v3; clang -target bpf -O2 -g $X -D__TARGET_ARCH_x86 -I/usr/include/x86_64-linux-gnu -c $f -o $b.o 2>$b.err || { echo "CCFAIL $f"; head -5 $b.err; }; done
