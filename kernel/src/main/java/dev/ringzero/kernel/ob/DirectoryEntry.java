package dev.ringzero.kernel.ob;

/** One line of a directory listing (WinObj): name, type name, and the target for symbolic links. */
public record DirectoryEntry(String name, String typeName, String linkTarget) {}
