/**
 * eBPF maps: hash, array, per-CPU, LRU, queue, stack, ring buffer and program array, safe for concurrent use.
 */
package dev.ringzero.ebpf.maps;
