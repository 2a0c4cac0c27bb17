package dev.ringzero.cli;

/** Input a command cannot use (missing file, malformed object, bad option value): exit code 2. */
final class UnusableInputException extends RuntimeException {
    UnusableInputException(String message) {
        super(message);
    }
}
