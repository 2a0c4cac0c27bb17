package dev.ringzero.ebpf.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the bpf_conformance {@code .data} format: {@code #} comment lines before the first section,
 * then sections opened by {@code -- asm}, {@code -- raw}, {@code -- mem}, {@code -- result},
 * {@code -- error}, {@code -- c} and {@code -- no register offset} (the last two are ignored). Raw
 * instructions are either 8-byte words written as {@code 0x}-prefixed 64-bit numbers (little-endian,
 * as the reference parser reads them) or hex bytes.
 */
public final class ConformanceCaseReader {

    private enum Section { NONE, ASM, RAW, MEM, RESULT, ERROR, IGNORED }

    private ConformanceCaseReader() {}

    public static ConformanceCase read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConformanceFormatException(file.getFileName().toString(), 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(file.getFileName().toString(), text);
    }

    public static ConformanceCase parse(String name, String text) {
        String[] lines = text.split("\\R", -1);
        Section section = Section.NONE;
        StringBuilder asm = null;
        int asmFirstLine = 0;
        StringBuilder raw = null;
        int rawLine = 0;
        StringBuilder mem = new StringBuilder();
        int memLine = 0;
        String result = null;
        int resultLine = 0;
        StringBuilder error = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.startsWith("--")) {
                String directive = line.substring(2).strip();
                section = switch (directive) {
                    case "asm" -> Section.ASM;
                    case "raw" -> Section.RAW;
                    case "mem" -> Section.MEM;
                    case "result" -> Section.RESULT;
                    case "error" -> Section.ERROR;
                    case "c", "no register offset" -> Section.IGNORED;
                    default -> throw new ConformanceFormatException(name, number, "unknown directive '" + line + "'");
                };
                switch (section) {
                    case ASM -> { asm = new StringBuilder(); asmFirstLine = number + 1; }
                    case RAW -> { raw = new StringBuilder(); rawLine = number; }
                    case MEM -> memLine = number;
                    case ERROR -> error = new StringBuilder();
                    default -> { }
                }
                continue;
            }
            switch (section) {
                case ASM -> asm.append(line).append('\n');
                case RAW -> raw.append(line).append(' ');
                case MEM -> mem.append(line).append(' ');
                case RESULT -> {
                    if (!line.isBlank()) {
                        if (result != null) {
                            throw new ConformanceFormatException(name, number, "a second result value");
                        }
                        result = line.strip();
                        resultLine = number;
                    }
                }
                case ERROR -> {
                    if (!line.isBlank()) {
                        error.append(error.isEmpty() ? "" : "\n").append(line.strip());
                    }
                }
                case NONE -> {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        throw new ConformanceFormatException(name, number, "text outside any section: " + line);
                    }
                }
                case IGNORED -> { }
            }
        }
        return new ConformanceCase(name,
                Optional.ofNullable(asm).map(StringBuilder::toString), asmFirstLine,
                raw == null ? Optional.empty() : Optional.of(rawInstructions(name, rawLine, raw.toString())),
                hexBytes(name, memLine, mem.toString()),
                result == null ? OptionalLong.empty() : OptionalLong.of(value(name, resultLine, result)),
                Optional.ofNullable(error).map(StringBuilder::toString));
    }

    private static byte[] rawInstructions(String name, int line, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String token : text.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.startsWith("0x") || token.startsWith("0X")) {
                long word = value(name, line, token);
                for (int i = 0; i < 8; i++) {
                    out.write((int) (word >>> (8 * i)));
                }
            } else {
                out.write(hexByte(name, line, token));
            }
        }
        if (out.size() % 8 != 0) {
            throw new ConformanceFormatException(name, line, "raw program of " + out.size()
                    + " bytes is not a whole number of 8-byte instructions");
        }
        return out.toByteArray();
    }

    private static byte[] hexBytes(String name, int line, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String token : text.strip().split("\\s+")) {
            if (!token.isEmpty()) {
                out.write(hexByte(name, line, token));
            }
        }
        return out.toByteArray();
    }

    private static int hexByte(String name, int line, String token) {
        if (token.length() > 2 || !token.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new ConformanceFormatException(name, line, "'" + token + "' is not a hex byte");
        }
        return Integer.parseInt(token, 16);
    }

    /** A 64-bit value, hex ({@code 0x…}) or decimal, possibly negative. */
    private static long value(String name, int line, String text) {
        try {
            boolean negative = text.startsWith("-");
            String digits = negative ? text.substring(1) : text;
            BigInteger value = digits.startsWith("0x") || digits.startsWith("0X")
                    ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits, 10);
            if (negative) {
                value = value.negate();
            }
            if (value.bitLength() > 64 || value.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) < 0) {
                throw new ConformanceFormatException(name, line, text + " does not fit in 64 bits");
            }
            return value.longValue();
        } catch (NumberFormatException e) {
            throw new ConformanceFormatException(name, line, "'" + text + "' is not a number");
        }
    }
}
