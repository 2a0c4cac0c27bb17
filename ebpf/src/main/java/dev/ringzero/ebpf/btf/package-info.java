/**
 * BPF Type Format: the .BTF type section and the .BTF.ext function and line information.
 */
package dev.ringzero.ebpf.btf;
