package dev.ringzero.kernel.daemon;

import dev.ringzero.kernel.ob.Caller;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The identity of the process at the other end of a connection, from the kernel ({@code SO_PEERCRED}),
 * never from anything the client sends. Java reports the peer's user and group by name; the names are
 * resolved to ids through {@code /etc/passwd} and {@code /etc/group} (a name that is a number is the id).
 * Java does not expose the peer pid, so callers of the daemon have pid 0, and session 0 (the
 * machine-wide {@code \BaseNamedObjects}), as Windows services see clients from any logon session.
 */
public final class PeerCredentials {
    private PeerCredentials() {}

    /** The caller behind {@code channel}; fails when the peer's user or group cannot be resolved. */
    public static Caller of(SocketChannel channel) throws IOException {
        UnixDomainPrincipal principal = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
        String user = principal.user().getName();
        String group = principal.group().getName();
        int uid = resolve(user, Path.of("/etc/passwd")).orElseThrow(() ->
                new IOException("peer user " + user + " has no uid in /etc/passwd"));
        int gid = resolve(group, Path.of("/etc/group")).orElseThrow(() ->
                new IOException("peer group " + group + " has no gid in /etc/group"));
        return new Caller(0, uid, gid, 0);
    }

    /** The id of {@code name} in a passwd-format {@code database} (name:x:id:...), or the name itself if numeric. */
    static OptionalInt resolve(String name, Path database) throws IOException {
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
            return OptionalInt.of(Integer.parseUnsignedInt(name));
        }
        List<String> lines = Files.exists(database) ? Files.readAllLines(database) : List.of();
        for (String line : lines) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 3 && fields[0].equals(name) && !fields[2].isEmpty()
                    && fields[2].chars().allMatch(Character::isDigit)) {
                return OptionalInt.of(Integer.parseUnsignedInt(fields[2]));
            }
        }
        return OptionalInt.empty();
    }
}
