package dev.ringzero.kernel.ob;

/** HANDLE_TABLE_ENTRY: the object a handle refers to, the access granted, and the inherit flag. */
public record HandleEntry(ObjectHeader object, int grantedAccess, boolean inherit) {}
