package dev.ringzero.ebpf.verifier.internal;

/**
 * The format strings {@code bpf_snprintf} accepts, as Linux checks them at load time
 * ({@code bpf_bprintf_prepare}): printable ASCII; each conversion takes one of the {@code data} array's u64
 * arguments; flags {@code 0 + - space} and a width; {@code %d %i %u %x %X} with optional {@code l} or
 * {@code ll}, {@code %c}, {@code %s}, {@code %p} with the kernel's suffixes ({@code K x B i4 I4 i6 I6 ks us});
 * {@code %%} takes none.
 */
final class SnprintfFormat {
    private SnprintfFormat() {}

    /** Why the format (NUL-terminated from {@code start}) is refused for {@code arguments} arguments, or null. */
    static String problem(byte[] bytes, int start, int arguments) {
        int used = 0;
        for (int i = start; i < bytes.length && bytes[i] != 0; i++) {
            int c = bytes[i] & 0xff;
            if (c >= 0x80 || (c < 0x20 && !Character.isWhitespace(c)) || c == 0x7f) {
                return "the format has a byte (0x" + Integer.toHexString(c) + ") that is not printable ASCII";
            }
            if (c != '%') continue;
            if (at(bytes, i + 1) == '%') {
                i++;
                continue;
            }
            if (used >= arguments) {
                return "the format has more conversions than the " + arguments + " argument" + (arguments == 1 ? "" : "s")
                        + " the data array holds";
            }
            i++;
            while (at(bytes, i) == '0' || at(bytes, i) == '+' || at(bytes, i) == '-' || at(bytes, i) == ' ') i++;
            if (at(bytes, i) >= '1' && at(bytes, i) <= '9') {
                i++;
                while (at(bytes, i) >= '0' && at(bytes, i) <= '9') i++;
            }
            int conversion = at(bytes, i);
            if (conversion == 'p') {
                int next = at(bytes, i + 1);
                if (next == 'K' || next == 'x' || next == 'B') {
                    i++;
                } else if ((next == 'i' || next == 'I') && (at(bytes, i + 2) == '4' || at(bytes, i + 2) == '6')) {
                    i += 2;
                } else if ((next == 'k' || next == 'u') && at(bytes, i + 2) == 's') {
                    i += 2;
                } else if (Character.isLetterOrDigit(next)) {
                    return "%p" + (char) next + " is not a pointer conversion the kernel supports";
                }
                used++;
                continue;
            }
            if (conversion == 'c' || conversion == 's') {
                used++;
                continue;
            }
            if (conversion == 'l') i++;
            if (at(bytes, i) == 'l') i++;
            int integer = at(bytes, i);
            if (integer != 'i' && integer != 'd' && integer != 'u' && integer != 'x' && integer != 'X') {
                return "%" + (integer == 0 ? "" : String.valueOf((char) integer)) + " is not a conversion bpf_snprintf supports";
            }
            used++;
        }
        return null;
    }

    private static int at(byte[] bytes, int i) {
        return i < bytes.length ? bytes[i] & 0xff : 0;
    }
}
