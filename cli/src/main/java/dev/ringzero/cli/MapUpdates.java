package dev.ringzero.cli;

import dev.ringzero.ebpf.maps.BpfMap;
import dev.ringzero.ebpf.program.ContextInput;
import dev.ringzero.ebpf.program.LoadedMap;
import dev.ringzero.ebpf.program.LoadedObject;
import java.nio.charset.StandardCharsets;

/**
 * {@code MAP:KEY=VALUE} map updates from the command line: a decimal or {@code 0x} number is stored
 * little-endian in the key's or value's size, anything else as text zero-padded to it.
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
        byte[] key = bytes(update.substring(colon + 1, equals), bpfMap.keySize(), "key");
        byte[] value = bytes(update.substring(equals + 1), (int) bpfMap.userValueSize(), "value");
        int result = bpfMap.update(key, value, 0);
        if (result != 0) {
            throw new UnusableInputException("--update " + update + ": the map refused it (errno " + -result + ")");
        }
    }

    private static byte[] bytes(String text, int size, String what) {
        try {
            long number = text.startsWith("0x") ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseLong(text);
            return ContextInput.littleEndian(number, size);
        } catch (NumberFormatException notANumber) {
            byte[] raw = text.getBytes(StandardCharsets.UTF_8);
            if (raw.length > size) {
                throw new UnusableInputException("--update: the " + what + " '" + text + "' is longer than " + size + " bytes");
            }
            byte[] padded = new byte[size];
            System.arraycopy(raw, 0, padded, 0, raw.length);
            return padded;
        }
    }
}
