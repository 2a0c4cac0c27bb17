package dev.ringzero.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** An item as the user gives it ({@code TEXT}, {@code --hex HEX} or {@code --file F}) and as {@code rz ds pop} shows it. */
final class DsItem {
    private DsItem() {}

    /** The item from exactly one of {@code text}, {@code hex} and {@code file} (the others null). */
    static byte[] bytes(String text, String hex, Path file) {
        int given = (text != null ? 1 : 0) + (hex != null ? 1 : 0) + (file != null ? 1 : 0);
        if (given != 1) {
            throw new UnusableInputException("give the item exactly one way: TEXT, --hex HEX or --file F");
        }
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (hex != null) {
            try {
                return HexFormat.of().parseHex(hex.replace(" ", ""));
            } catch (IllegalArgumentException e) {
                throw new UnusableInputException("--hex " + hex + " is not hexadecimal: " + e.getMessage());
            }
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** UTF-8 text (a trailing NUL, as the articles' C strings carry, dropped) when printable, else {@code hex: ...}. */
    static String render(byte[] item) {
        int length = item.length > 0 && item[item.length - 1] == 0 ? item.length - 1 : item.length;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(item, 0, length)).toString();
            if (text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                return text;
            }
        } catch (CharacterCodingException e) {
            // Not text: shown as hex below.
        }
        return "hex: " + HexFormat.of().formatHex(item);
    }
}
