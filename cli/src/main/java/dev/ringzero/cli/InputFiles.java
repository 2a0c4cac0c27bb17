package dev.ringzero.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files named by options: checked before they are read (a directory, a device, a huge file) and written. */
final class InputFiles {

    private InputFiles() {}

    static void requireRegular(Path file, long maxBytes, String option) {
        if (!Files.exists(file)) {
            throw new UnusableInputException(option + " " + file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException(option + " " + file + ": not a regular file");
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw new UnusableInputException(option + " " + file + ": larger than " + maxBytes + " bytes");
            }
        } catch (IOException e) {
            throw new UnusableInputException(option + " " + file + ": " + e.getMessage());
        }
    }

    static byte[] read(Path file, long maxBytes, String option) {
        requireRegular(file, maxBytes, option);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableInputException(option + " " + file + ": " + e.getMessage());
        }
    }

    static void write(Path file, byte[] bytes, String option) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UnusableInputException(option + " " + file + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
