/**
 * eBPF maps: hash, array, per-CPU, LRU, queue, stack, ring buffer, program array and maps of maps, safe for
 * concurrent use.
 *
 * <p>{@link dev.ringzero.ebpf.maps.BpfMaps#create(dev.ringzero.ebpf.maps.MapSpec)} checks a
 * {@link dev.ringzero.ebpf.maps.MapSpec} as Linux's {@code BPF_MAP_CREATE} does and returns a
 * {@link dev.ringzero.ebpf.maps.BpfMap}, a sealed interface with one final class per
 * {@link dev.ringzero.ebpf.maps.MapType} ({@link dev.ringzero.ebpf.maps.BpfMaps#createMapOfMaps} for maps of maps).
 * Every map has a program side (keys and values as
 * {@link java.lang.foreign.MemorySegment}s, Linux helper return values, live value segments programs modify in place)
 * and a user side (byte arrays in and out, for {@code bpf(2)}-style tools). Semantics follow Linux, which eBPF for
 * Windows follows too, with one known exception: Windows' array delete zeroes the element where Linux refuses with
 * {@code -EINVAL}; these maps do what Linux does.
 *
 * <p>Values live in garbage-collected, 8-byte aligned heap memory, so a value a program still holds never becomes
 * invalid memory, even once deleted. Per-CPU maps pick the calling thread's slot through
 * {@link dev.ringzero.ebpf.maps.CurrentCpu}.
 */
package dev.ringzero.ebpf.maps;
