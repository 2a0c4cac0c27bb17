package dev.ringzero.kernel.booster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The fields Booster needs from a {@code /proc/<id>/status} file: the thread's name, its thread
 * group (process), its real and effective user and group ids, and its effective capabilities.
 */
public record ProcStatus(String name, int tgid, int pid, int realUid, int effectiveUid,
                         int realGid, int effectiveGid, long effectiveCapabilities) {

    /** Bit number of CAP_SYS_NICE in a capability set. */
    public static final int CAP_SYS_NICE = 23;

    /** True when the effective capability set holds CAP_SYS_NICE. */
    public boolean holdsSysNice() {
        return (effectiveCapabilities & (1L << CAP_SYS_NICE)) != 0;
    }

    /** Reads a status file; empty when it does not exist (the thread or process is gone). */
    public static Optional<ProcStatus> read(Path statusFile) {
        try {
            return Optional.of(parse(Files.readString(statusFile)));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            // a thread that exits while its file is open makes read(2) fail with ESRCH
            if (e.getMessage() != null && e.getMessage().contains("No such process")) {
                return Optional.empty();
            }
            throw new UncheckedIOException("cannot read " + statusFile, e);
        }
    }

    /**
     * Parses the text of a status file.
     *
     * @throws IllegalArgumentException when a needed line is missing or malformed
     */
    public static ProcStatus parse(String text) {
        String name = null;
        Integer tgid = null;
        Integer pid = null;
        int[] uids = null;
        int[] gids = null;
        long capEff = 0;
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "Name" -> name = value;
                case "Tgid" -> tgid = number(key, value);
                case "Pid" -> pid = number(key, value);
                case "Uid" -> uids = ids(key, value);
                case "Gid" -> gids = ids(key, value);
                case "CapEff" -> capEff = hex(key, value);
                default -> { }
            }
        }
        if (name == null || tgid == null || pid == null || uids == null || gids == null) {
            throw new IllegalArgumentException("status text lacks one of Name, Tgid, Pid, Uid, Gid");
        }
        return new ProcStatus(name, tgid, pid, uids[0], uids[1], gids[0], gids[1], capEff);
    }

    private static int number(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("status line " + key + " is not a number: " + value);
        }
    }

    private static int[] ids(String key, String value) {
        String[] fields = value.split("\\s+");
        if (fields.length < 2) {
            throw new IllegalArgumentException("status line " + key + " needs real and effective ids: " + value);
        }
        return new int[] {number(key, fields[0]), number(key, fields[1])};
    }

    private static long hex(String key, String value) {
        try {
            return Long.parseUnsignedLong(value, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("status line " + key + " is not hexadecimal: " + value);
        }
    }
}
