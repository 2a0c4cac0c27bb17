/**
 * Hook events: what a hook hands to the programs attached to it ({@link dev.ringzero.ebpf.hook.BindEvent}
 * for the eBPF for Windows {@code bind} hook), and event sources.
 */
package dev.ringzero.ebpf.hook;
