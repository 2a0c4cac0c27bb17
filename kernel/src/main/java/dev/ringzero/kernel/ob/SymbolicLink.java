package dev.ringzero.kernel.ob;

/** The body of a SymbolicLink object: the absolute path a name redirects to. */
public record SymbolicLink(String target) {}
