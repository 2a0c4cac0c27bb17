package dev.ringzero.ebpf.helpers;

import dev.ringzero.ebpf.vm.Access;
import dev.ringzero.ebpf.vm.Memory;
import java.nio.charset.StandardCharsets;

/**
 * Formats a {@code bpf_trace_printk} line as the kernel does: {@code %d %i %u %x %X %c %p %s %%} with
 * optional {@code l}/{@code ll} length modifiers (the value is always the full 64-bit argument,
 * truncated to 32 bits without a modifier), at most three arguments, {@code %s} reading a
 * NUL-terminated string of at most 64 bytes from program memory.
 */
final class PrintkFormat {

    private static final int MAX_STRING = 64;

    private PrintkFormat() {}

    static String format(Memory memory, String format, long... args) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            int longs = 0;
            while (j < format.length() && format.charAt(j) == 'l') {
                longs++;
                j++;
            }
            if (j >= format.length()) {
                out.append(format, i, j);
                break;
            }
            char conversion = format.charAt(j);
            if (conversion == '%') {
                out.append('%');
                i = j;
                continue;
            }
            long arg = next < args.length ? args[next] : 0;
            String text = switch (conversion) {
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
                out.append(format, i, j + 1);
            } else {
                out.append(text);
                next++;
            }
            i = j;
        }
        return out.toString();
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
        return s.isEmpty() ? "(fault)" : s.toString();
    }
}
