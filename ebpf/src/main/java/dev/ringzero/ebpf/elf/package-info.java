/**
 * Reading BPF ELF objects as clang produces them: sections, symbols, relocations, programs, map definitions,
 * global data.
 *
 * <p>Entry point: {@link dev.ringzero.ebpf.elf.BpfObjectLoader#load(byte[])} gives a
 * {@link dev.ringzero.ebpf.elf.BpfObject}: the license, every executable section as a
 * {@link dev.ringzero.ebpf.elf.ProgramSection} (instruction bytes, function symbols, clang's {@code LBB} labels,
 * relocations resolved to {@link dev.ringzero.ebpf.elf.CodeReference}s, BTF.ext line and func info), the
 * {@link dev.ringzero.ebpf.elf.Program}s (global functions outside {@code .text}), the
 * {@link dev.ringzero.ebpf.elf.MapDefinition}s (BTF {@code .maps} and legacy {@code maps}, numbers as written)
 * and the {@link dev.ringzero.ebpf.elf.GlobalData} sections. {@link dev.ringzero.ebpf.elf.ElfFile} is the
 * plain ELF64 layer underneath.
 *
 * <p>Errors: anything inconsistent, a broken {@code .BTF}/{@code .BTF.ext} included, throws the unchecked
 * {@link dev.ringzero.ebpf.elf.MalformedElfException} with a message naming what and where. Sizes are
 * validated before anything is allocated; SHT_NOBITS data is capped at {@link dev.ringzero.ebpf.elf.GlobalData#MAX_SIZE}.
 *
 * <p>Instruction positions: {@code pc}/slot values are 8-byte slot indices relative to the start of their
 * section; BTF.ext offsets ({@code insnOffset}) are byte offsets as written in the object.
 */
package dev.ringzero.ebpf.elf;
