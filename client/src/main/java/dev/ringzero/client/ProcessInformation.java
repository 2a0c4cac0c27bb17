package dev.ringzero.client;

/** The calling process as the kernel identified it (never as the client claims). */
public record ProcessInformation(long pid, int uid, int gid, int session) {}
