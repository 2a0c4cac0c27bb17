package dev.ringzero.ebpf.isa;

/** The three byte-order operations: conversion to little or big endian (ALU class) and unconditional swap (ALU64). */
public enum ByteOrder {
    TO_LE,
    TO_BE,
    SWAP
}
