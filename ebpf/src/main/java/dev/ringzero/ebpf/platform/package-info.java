/**
 * The two ABIs ringzero implements (eBPF for Windows and Linux): program types, context layouts, helper and map type numbering.
 */
package dev.ringzero.ebpf.platform;
