/** Listings of BPF objects in the text form of {@code llvm-objdump -d [-S]}. */
package dev.ringzero.ebpf.objdump;
