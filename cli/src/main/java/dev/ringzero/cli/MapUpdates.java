package dev.ringzero.cli;

import dev.ringzero.ebpf.maps.BpfMap;
import dev.ringzero.ebpf.program.ContextInput;
import dev.ringzero.ebpf.program.LoadedMap;
import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.maps.Errno;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * {@code MAP:KEY=VALUE} map updates from the command line: a decimal or {@code 0x} number must fit the
 * key's or value's size and is stored little-endian; anything else is text, zero-padded to the size.
 */
final class MapUpdates {

    private MapUpdates() {}

    static void apply(LoadedObject object, String update) {
        int colon = update.indexOf(':');
        int equals = update.lastIndexOf('=');
        if (colon <= 0 || equals < colon) {
            throw new UnusableInputException("--update wants MAP:KEY=VALUE, not '" + update + "'");
        }
        String name = update.substring(0, colon);
        LoadedMap map = object.map(name).orElseThrow(() -> new UnusableInputException("--update: no map named '" + name
                + "' (maps: " + String.join(", ", object.maps().stream().map(LoadedMap::name).toList()) + ")"));
        BpfMap bpfMap = map.map();
        if (bpfMap.keySize() == 0) {
            throw new UnusableInputException("--update: map '" + name + "' (" + bpfMap.type().bpftoolName()
                    + ") has no keys to set");
        }
        byte[] key = bytes(update.substring(colon + 1, equals), bpfMap.keySize(), "key");
        byte[] value = bytes(update.substring(equals + 1), (int) bpfMap.userValueSize(), "value");
        int result = bpfMap.update(key, value, 0);
        if (result != 0) {
            String errno = Errno.fromReturn(result).map(Enum::name).orElse("errno " + -result);
            throw new UnusableInputException("--update " + update + ": the map refused it (" + errno + ")");
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+|0[xX][0-9a-fA-F]+");

    private static byte[] bytes(String text, int size, String what) {
        if (text.isEmpty()) {
            throw new UnusableInputException("--update: the " + what + " is empty");
        }
        if (NUMBER.matcher(text).matches() || text.startsWith("0x") || text.startsWith("0X")) {
            return number(text, size, what);
        }
        {
            byte[] raw = text.getBytes(StandardCharsets.UTF_8);
            if (raw.length > size) {
                throw new UnusableInputException("--update: the " + what + " '" + text + "' is longer than " + size + " bytes");
            }
            byte[] padded = new byte[size];
            System.arraycopy(raw, 0, padded, 0, raw.length);
            return padded;
        }
    }

    /** A decimal or hex number that must fit the {@code size}-byte key or value, stored little-endian. */
    private static byte[] number(String text, int size, String what) {
        long value;
        try {
            boolean hex = text.startsWith("0x") || text.startsWith("0X");
            value = hex ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseLong(text);
            boolean fits = size >= 8
                    || (hex ? Long.compareUnsigned(value, (1L << (8 * size)) - 1) <= 0
                            : value >= -(1L << (8 * size - 1)) && value <= (1L << (8 * size)) - 1);
            if (!fits) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new UnusableInputException("--update: the " + what + " '" + text + "' is not a number that fits in "
                    + size + " bytes");
        }
        return ContextInput.littleEndian(value, size);
    }
}
