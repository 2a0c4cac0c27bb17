/**
 * BPF Type Format: the {@code .BTF} type section ({@link dev.ringzero.ebpf.btf.BtfParser} to a
 * {@link dev.ringzero.ebpf.btf.Btf} of sealed {@link dev.ringzero.ebpf.btf.BtfType} records, every kind up to
 * ENUM64) and the {@code .BTF.ext} function and line information ({@link dev.ringzero.ebpf.btf.BtfExtParser};
 * CO-RE relocation records are skipped). {@link dev.ringzero.ebpf.btf.BtfDump} prints types as
 * {@code bpftool btf dump file} does.
 *
 * <p>The parsers throw {@link dev.ringzero.ebpf.btf.MalformedBtfException}; the ELF loader reports it as a
 * {@code MalformedElfException} (BTF is not optional once present). A parsed {@code Btf} has every type
 * reference checked; {@link dev.ringzero.ebpf.btf.Btf#sizeOf} and {@link dev.ringzero.ebpf.btf.Btf#resolve}
 * still throw {@code MalformedBtfException} on reference cycles or sizes that overflow.
 */
package dev.ringzero.ebpf.btf;
