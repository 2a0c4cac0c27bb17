/**
 * Loading: an ELF object linked against its maps into runnable programs.
 */
package dev.ringzero.ebpf.program;
