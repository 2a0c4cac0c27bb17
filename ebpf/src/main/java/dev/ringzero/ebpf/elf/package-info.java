/**
 * Reading BPF ELF objects as clang produces them: sections, symbols, relocations, programs, map definitions, global data.
 */
package dev.ringzero.ebpf.elf;
