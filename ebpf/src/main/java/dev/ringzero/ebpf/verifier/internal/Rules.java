package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import dev.ringzero.ebpf.verifier.VerifierOptions;

/**
 * The platform's policy, where Linux (privileged or not) and eBPF for Windows (PREVAIL) differ.
 *
 * @param allowPointerLeaks pointers may be stored to maps/ctx/packet, returned, compared freely and subtracted
 * @param allowUninitStackReads reading never-written stack bytes yields an unknown number
 * @param allowLoops back edges are allowed (bounded loops are then proven by walking them)
 * @param rejectUnreachable instructions no path reaches are an error
 * @param relatePacketLength {@code packet_end - packet} is remembered as the packet's length
 * @param fixpointLoops loops are analysed to a fixed point with joins and widening, without proving
 *     termination (PREVAIL's default); otherwise they are walked iteration by iteration (Linux)
 * @param linux the Linux kernel's specific checks (modified ctx pointer, BPF_ST into ctx, div by zero imm, …)
 */
record Rules(boolean allowPointerLeaks, boolean allowUninitStackReads, boolean allowLoops, boolean rejectUnreachable,
             boolean relatePacketLength, boolean fixpointLoops, boolean linux) {

    static Rules of(Platform platform, VerifierOptions options) {
        return switch (platform) {
            case LINUX -> new Rules(options.privileged(), options.privileged(), options.privileged(), true, false, false, true);
            case WINDOWS -> new Rules(false, false, true, false, true, true, false);
        };
    }

    /**
     * Whether the program type's return range is checked at exit. PREVAIL checks every eBPF for
     * Windows type's; Linux 6.18 checks cgroup programs' but not XDP's, socket filters', tc's or
     * tracing programs' (an unknown XDP action aborts at run time instead).
     */
    boolean checksReturnRange(ProgramType type) {
        return !linux || type.name().startsWith("cgroup");
    }
}
