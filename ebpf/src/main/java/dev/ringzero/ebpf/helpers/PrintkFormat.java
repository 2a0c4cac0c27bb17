package dev.ringzero.ebpf.helpers;

import dev.ringzero.ebpf.vm.Access;
import dev.ringzero.ebpf.vm.Memory;
import java.nio.charset.StandardCharsets;

/**
 * Formats a {@code bpf_trace_printk} line as the kernel does: {@code %d %i %u %x %X %c %p %s %%} with
 * optional flags ({@code -+ #0}), a width and {@code l}/{@code ll} length modifiers (the value is the
 * full 64-bit argument, truncated to 32 bits without a modifier), one argument per conversion,
 * {@code %s} reading a NUL-terminated string of at most 64 bytes from program memory.
 */
final class PrintkFormat {

    private static final int MAX_STRING = 64;

    private PrintkFormat() {}

    /**
     * The formatted line, or null when the format is one the kernel refuses (an unknown conversion, or
     * more conversions than arguments), in which case the helper returns {@code -EINVAL}.
     */
    static String format(Memory memory, String format, long... args) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int j = i + 1;
            if (j < format.length() && format.charAt(j) == '%') {
                out.append('%');
                i = j;
                continue;
            }
            boolean left = false;
            boolean zero = false;
            while (j < format.length() && "-+ #0".indexOf(format.charAt(j)) >= 0) {
                left |= format.charAt(j) == '-';
                zero |= format.charAt(j) == '0';
                j++;
            }
            int width = 0;
            while (j < format.length() && Character.isDigit(format.charAt(j)) && width < 1000) {
                width = width * 10 + (format.charAt(j) - '0');
                j++;
            }
            int longs = 0;
            while (j < format.length() && format.charAt(j) == 'l' && longs < 2) {
                longs++;
                j++;
            }
            if (j >= format.length() || next >= args.length) {
                return null;
            }
            long arg = args[next++];
            String text = switch (format.charAt(j)) {
                case 'd', 'i' -> Long.toString(longs > 0 ? arg : (int) arg);
                case 'u' -> longs > 0 ? Long.toUnsignedString(arg) : Integer.toUnsignedString((int) arg);
                case 'x' -> longs > 0 ? Long.toHexString(arg) : Integer.toHexString((int) arg);
                case 'X' -> (longs > 0 ? Long.toHexString(arg) : Integer.toHexString((int) arg)).toUpperCase();
                case 'c' -> String.valueOf((char) (arg & 0xff));
                case 'p' -> "0x" + Long.toHexString(arg);
                case 's' -> string(memory, arg);
                default -> null;
            };
            if (text == null) {
                return null;
            }
            out.append(pad(text, width, left, zero && !left && format.charAt(j) != 's' && format.charAt(j) != 'c'));
            i = j;
        }
        return out.toString();
    }

    private static String pad(String text, int width, boolean left, boolean zero) {
        if (text.length() >= width) {
            return text;
        }
        String fill = String.valueOf(zero ? '0' : ' ').repeat(width - text.length());
        if (zero && text.startsWith("-")) {
            return "-" + fill + text.substring(1);
        }
        return left ? text + fill : fill + text;
    }

    /** The format string a program passed: {@code size} bytes, cut at the first NUL. */
    static String formatString(Memory memory, long address, long size) {
        byte[] bytes = memory.read(address, (int) Math.min(size, 1024));
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    private static String string(Memory memory, long address) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < MAX_STRING && memory.isAccessible(address + i, 1, Access.READ); i++) {
            byte b = memory.read(address + i, 1)[0];
            if (b == 0) {
                return s.toString();
            }
            s.append((char) (b & 0xff));
        }
        return s.toString();
    }
}
