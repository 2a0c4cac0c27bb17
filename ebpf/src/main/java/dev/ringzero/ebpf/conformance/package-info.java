/**
 * Runs the bpf_conformance test format (assembly, memory, expected result or error).
 */
package dev.ringzero.ebpf.conformance;
