package dev.ringzero.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ringzero.ebpf.platform.ContextField;
import dev.ringzero.ebpf.platform.ContextLayout;
import dev.ringzero.ebpf.platform.FieldKind;
import dev.ringzero.ebpf.program.ContextInput;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a context given as JSON ({@code rz run --ctx-in}): an object whose keys are the context's field
 * names. Numbers are stored little-endian in the field's width; arrays give raw bytes; for a
 * {@code socket_address} field a string {@code "a.b.c.d:port"} gives a {@code SOCKADDR_IN}. The data the
 * context points at (a packet, or bind's app id) is given by {@code --data-in}, or here under the name
 * of its start field without {@code _start} ({@code "app_id": "/usr/bin/python3"}) or as {@code "data"}.
 */
final class ContextJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContextJson() {}

    static ContextInput read(Path file, ContextLayout layout, byte[] dataOrNull) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UnusableInputException(file + ": not a JSON context: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new UnusableInputException(file + ": the context must be a JSON object of field names");
        }
        byte[] data = dataOrNull;
        Map<String, byte[]> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            if (isDataName(layout, name)) {
                if (data == null) {
                    data = bytes(file, name, value, Integer.MAX_VALUE);
                }
                continue;
            }
            ContextField field = layout.field(name).filter(f -> f.kind() == FieldKind.SCALAR).orElseThrow(() ->
                    new UnusableInputException(file + ": " + layout.cType() + " has no settable field '" + name + "'"));
            fields.put(name, fieldBytes(file, field, value));
        }
        return new ContextInput(data == null ? new byte[0] : data, fields);
    }

    private static boolean isDataName(ContextLayout layout, String name) {
        if (name.equals("data") && layout.field("data").map(f -> f.kind() != FieldKind.SCALAR).orElse(true)) {
            return true;
        }
        return layout.fieldOfKind(FieldKind.PACKET_START).map(f -> f.name().equals(name + "_start")).orElse(false);
    }

    private static byte[] fieldBytes(Path file, ContextField field, JsonNode value) {
        if (value.isIntegralNumber()) {
            if (!value.canConvertToLong() || !fits(value.asLong(), field.size())) {
                throw new UnusableInputException(file + ": '" + field.name() + "' = " + value + " does not fit in "
                        + field.size() + " bytes");
            }
            return ContextInput.littleEndian(value.asLong(), field.size());
        }
        if (value.isNumber()) {
            throw new UnusableInputException(file + ": '" + field.name() + "' must be a whole number, not " + value);
        }
        if (value.isTextual() && field.name().equals("socket_address")) {
            return socketAddress(file, value.asText());
        }
        if (value.isTextual() && field.size() <= 8) {
            throw new UnusableInputException(file + ": '" + field.name() + "' is a " + field.size()
                    + "-byte number; give it as a number, not \"" + value.asText() + "\"");
        }
        return bytes(file, field.name(), value, field.size());
    }

    /** Whether {@code value} is representable in {@code size} bytes, as a signed or an unsigned number. */
    private static boolean fits(long value, int size) {
        return size >= 8 || (value >= -(1L << (8 * size - 1)) && value <= (1L << (8 * size)) - 1);
    }

    private static byte[] bytes(Path file, String name, JsonNode value, int max) {
        byte[] bytes;
        if (value.isTextual()) {
            bytes = value.asText().getBytes(StandardCharsets.UTF_8);
        } else if (value.isArray()) {
            bytes = new byte[value.size()];
            for (int i = 0; i < bytes.length; i++) {
                JsonNode b = value.get(i);
                if (!b.isIntegralNumber() || b.asInt() < 0 || b.asInt() > 255) {
                    throw new UnusableInputException(file + ": '" + name + "' must hold bytes (0..255)");
                }
                bytes[i] = (byte) b.asInt();
            }
        } else {
            throw new UnusableInputException(file + ": '" + name + "' must be a number, a string or an array of bytes");
        }
        if (bytes.length > max) {
            throw new UnusableInputException(file + ": '" + name + "' holds " + bytes.length + " bytes, the field " + max);
        }
        return bytes;
    }

    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile(
            "(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private static byte[] socketAddress(Path file, String text) {
        int colon = text.lastIndexOf(':');
        try {
            String host = colon < 0 ? text : text.substring(0, colon);
            if (!IPV4.matcher(host).matches()) {
                throw new IllegalArgumentException("not an IPv4 literal");
            }
            InetAddress address = InetAddress.getByName(host);
            int port = colon < 0 ? 0 : Integer.parseInt(text.substring(colon + 1));
            byte[] raw = address.getAddress();
            if (raw.length != 4 || port < 0 || port > 65535) {
                throw new IllegalArgumentException();
            }
            byte[] sockaddr = new byte[16];
            sockaddr[0] = 2;
            sockaddr[2] = (byte) (port >>> 8);
            sockaddr[3] = (byte) port;
            System.arraycopy(raw, 0, sockaddr, 4, 4);
            return sockaddr;
        } catch (IOException | IllegalArgumentException e) {
            throw new UnusableInputException(file + ": socket_address must be \"a.b.c.d:port\", not \"" + text + "\"");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
