package dev.ringzero.ebpf.maps;

/**
 * A key or value whose length does not fit the map, passed through the Java API. Programs cannot cause it (the
 * verifier checks sizes); it signals a caller bug, e.g. a user-space tool passing a 3-byte key to a map with 4-byte
 * keys.
 */
public final class InvalidMapArgumentException extends IllegalArgumentException {
    public InvalidMapArgumentException(String message) {
        super(message);
    }
}
