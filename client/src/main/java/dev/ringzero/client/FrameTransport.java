package dev.ringzero.client;

/**
 * Carries one encoded request frame to a kernel and brings back the encoded reply frame: an
 * in-process {@link dev.ringzero.kernel.ipc.IoDispatcher} today, the daemon's Unix socket later.
 */
@FunctionalInterface
public interface FrameTransport {
    byte[] roundTrip(byte[] requestFrame);
}
