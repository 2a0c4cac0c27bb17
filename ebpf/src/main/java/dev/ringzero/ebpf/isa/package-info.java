/**
 * The instruction set of RFC 9669: one decoded model (sealed {@link dev.ringzero.ebpf.isa.Instruction}) shared by the decoder, encoder, disassembler, assemblers and the interpreter.
 */
package dev.ringzero.ebpf.isa;
