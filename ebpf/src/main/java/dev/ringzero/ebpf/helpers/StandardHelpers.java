package dev.ringzero.ebpf.helpers;

import dev.ringzero.ebpf.maps.BpfMap;
import dev.ringzero.ebpf.maps.BpfProgramArray;
import dev.ringzero.ebpf.maps.BpfRingBuffer;
import dev.ringzero.ebpf.maps.CurrentCpu;
import dev.ringzero.ebpf.maps.Errno;
import dev.ringzero.ebpf.platform.HelperFunction;
import dev.ringzero.ebpf.platform.HelperPrototype;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.vm.Access;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.FaultKind;
import dev.ringzero.ebpf.vm.Helper;
import dev.ringzero.ebpf.vm.HelperTable;
import dev.ringzero.ebpf.vm.ProgramEngine;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.ProgramFault;
import dev.ringzero.ebpf.vm.RegionKind;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The helper functions ringzero implements, each written once and numbered per platform through the
 * platform's helper table (so {@code bpf_memcpy_s} is helper 22 on eBPF for Windows, and
 * {@code bpf_trace_printk} helper 6 on Linux). Every memory argument goes through the sandbox's
 * checked {@link Memory#slice}, so a helper can never reach outside what the program may touch.
 */
public final class StandardHelpers {

    private StandardHelpers() {}

    /** The helpers of {@code platform} that ringzero implements, by the platform's helper ids. */
    public static HelperTable forPlatform(Platform platform) {
        Map<Integer, Helper> byId = new HashMap<>();
        for (HelperPrototype prototype : platform.helpers().all()) {
            Helper helper = implementation(prototype.function());
            byId.put(prototype.id(), helper != null ? helper : notImplemented(prototype));
        }
        return HelperTable.of(byId);
    }

    /**
     * A helper the verifier knows (so programs calling it verify) but the runtime does not implement: calling it
     * faults cleanly, naming the helper.
     */
    private static Helper notImplemented(HelperPrototype prototype) {
        String message = prototype.name() + "#" + prototype.id() + " passes the verifier, but ringzero's runtime does not"
                + " implement it";
        return (ctx, a1, a2, a3, a4, a5) -> {
            throw new ProgramFault(-1, FaultKind.UNKNOWN_HELPER, message);
        };
    }

    /** The implementation of one helper, or null when ringzero does not implement it. */
    static Helper implementation(HelperFunction function) {
        return switch (function) {
            case MAP_LOOKUP_ELEM -> (ctx, map, key, a3, a4, a5) -> {
                BpfMap m = map(ctx, map);
                MemorySegment value = m.lookupElement(read(ctx, key, m.keySize()));
                return value == null ? 0 : ctx.memory().map(value, Access.READ_WRITE, RegionKind.MAP_VALUE);
            };
            case MAP_UPDATE_ELEM -> (ctx, map, key, value, flags, a5) -> {
                BpfMap m = map(ctx, map);
                return m.updateElement(read(ctx, key, m.keySize()), read(ctx, value, m.valueSize()), flags);
            };
            case MAP_DELETE_ELEM -> (ctx, map, key, a3, a4, a5) -> {
                BpfMap m = map(ctx, map);
                return m.deleteElement(read(ctx, key, m.keySize()));
            };
            case MAP_PUSH_ELEM -> (ctx, map, value, flags, a4, a5) -> {
                BpfMap m = map(ctx, map);
                return m.pushElement(read(ctx, value, m.valueSize()), flags);
            };
            case MAP_POP_ELEM -> (ctx, map, value, a3, a4, a5) -> {
                BpfMap m = map(ctx, map);
                return m.popElement(write(ctx, value, m.valueSize()));
            };
            case MAP_PEEK_ELEM -> (ctx, map, value, a3, a4, a5) -> {
                BpfMap m = map(ctx, map);
                return m.peekElement(write(ctx, value, m.valueSize()));
            };
            case RINGBUF_OUTPUT -> (ctx, map, data, size, flags, a5) ->
                    ctx.mapAt(map, BpfRingBuffer.class).output(read(ctx, data, size), size, flags);
            case TAIL_CALL -> (ctx, context, map, index, a4, a5) -> {
                Object target = ctx.mapAt(map, BpfProgramArray.class).program(index);
                if (!(target instanceof ProgramEngine program)) {
                    return Errno.ENOENT.negated();
                }
                return ctx.tailCall(program) ? 0 : Errno.E2BIG.negated();
            };
            case GET_PRANDOM_U32 -> (ctx, a1, a2, a3, a4, a5) -> ThreadLocalRandom.current().nextInt() & 0xffff_ffffL;
            case KTIME_GET_NS, KTIME_GET_BOOT_NS -> (ctx, a1, a2, a3, a4, a5) -> System.nanoTime();
            case KTIME_GET_MS, KTIME_GET_BOOT_MS -> (ctx, a1, a2, a3, a4, a5) -> System.nanoTime() / 1_000_000;
            case GET_SMP_PROCESSOR_ID -> (ctx, a1, a2, a3, a4, a5) -> CurrentCpu.index();
            case GET_CURRENT_PID_TGID -> (ctx, a1, a2, a3, a4, a5) -> ctx.process().pidTgid();
            case GET_CURRENT_COMM -> (ctx, buffer, size, a3, a4, a5) -> {
                MemorySegment out = write(ctx, buffer, size);
                byte[] comm = ctx.process().comm().getBytes(StandardCharsets.UTF_8);
                out.fill((byte) 0);
                MemorySegment.copy(comm, 0, out, ValueLayout.JAVA_BYTE, 0, (int) Math.min(comm.length, Math.max(0, size - 1)));
                return 0;
            };
            case TRACE_PRINTK, TRACE_PRINTK5 -> (ctx, fmt, size, a1, a2, a3) -> trace(ctx, fmt, size, a1, a2, a3);
            case TRACE_PRINTK2 -> (ctx, fmt, size, a1, a2, a3) -> trace(ctx, fmt, size);
            case TRACE_PRINTK3 -> (ctx, fmt, size, a1, a2, a3) -> trace(ctx, fmt, size, a1);
            case TRACE_PRINTK4 -> (ctx, fmt, size, a1, a2, a3) -> trace(ctx, fmt, size, a1, a2);
            case MEMCPY_S, MEMMOVE_S -> (ctx, dst, dstSize, src, srcSize, a5) -> {
                MemorySegment target = write(ctx, dst, dstSize);
                if (Long.compareUnsigned(srcSize, dstSize) > 0) {
                    target.fill((byte) 0);
                    return Errno.EINVAL.negated();
                }
                MemorySegment.copy(read(ctx, src, srcSize), 0, target, 0, srcSize);
                return 0;
            };
            case MEMCMP_S -> (ctx, p1, size1, p2, size2, a5) -> {
                long mismatch = read(ctx, p1, size1).mismatch(read(ctx, p2, size2));
                if (mismatch < 0) {
                    return 0;
                }
                if (mismatch >= size1 || mismatch >= size2) {
                    return Long.signum(size1 - size2);
                }
                int a = ctx.memory().read(p1 + mismatch, 1)[0] & 0xff;
                int b = ctx.memory().read(p2 + mismatch, 1)[0] & 0xff;
                return a - b;
            };
            case MEMSET -> (ctx, dst, size, value, a4, a5) -> {
                write(ctx, dst, size).fill((byte) value);
                return 0;
            };
            case STRNLEN_S -> (ctx, str, size, a3, a4, a5) -> strnlen(read(ctx, str, size), size);
            case STRNCPY_S -> (ctx, dst, dstSize, src, count, a5) -> {
                MemorySegment target = write(ctx, dst, dstSize);
                long length = strnlen(read(ctx, src, count), count);
                if (length >= dstSize) {
                    target.fill((byte) 0);
                    return Errno.EINVAL.negated();
                }
                MemorySegment.copy(read(ctx, src, length), 0, target, 0, length);
                target.set(ValueLayout.JAVA_BYTE, length, (byte) 0);
                return 0;
            };
            case STRNCAT_S -> (ctx, dst, dstSize, src, count, a5) -> {
                MemorySegment target = write(ctx, dst, dstSize);
                long used = strnlen(target, dstSize);
                long length = strnlen(read(ctx, src, count), count);
                if (used == dstSize || used + length >= dstSize) {
                    return Errno.EINVAL.negated();
                }
                MemorySegment.copy(read(ctx, src, length), 0, target, used, length);
                target.set(ValueLayout.JAVA_BYTE, used + length, (byte) 0);
                return 0;
            };
            case CSUM_DIFF -> (ctx, from, fromSize, to, toSize, seed) -> {
                if (fromSize % 4 != 0 || toSize % 4 != 0) {
                    return Errno.EINVAL.negated();
                }
                long sum = seed & 0xffff_ffffL;
                MemorySegment f = read(ctx, from, fromSize);
                for (long i = 0; i < fromSize; i += 4) {
                    sum += ~f.get(ValueLayout.JAVA_INT_UNALIGNED, i) & 0xffff_ffffL;
                }
                MemorySegment t = read(ctx, to, toSize);
                for (long i = 0; i < toSize; i += 4) {
                    sum += t.get(ValueLayout.JAVA_INT_UNALIGNED, i) & 0xffff_ffffL;
                }
                while ((sum >>> 32) != 0) {
                    sum = (sum & 0xffff_ffffL) + (sum >>> 32);
                }
                return sum;
            };
            case SKB_LOAD_BYTES -> (ctx, skb, offset, to, length, a5) -> {
                long packet = ctx.memory().packetAddress();
                MemorySegment target = write(ctx, to, length);
                if (packet == 0 || offset < 0 || offset > Integer.MAX_VALUE
                        || offset + length > ctx.memory().packetLength()) {
                    target.fill((byte) 0);
                    return -14; // -EFAULT
                }
                MemorySegment.copy(read(ctx, packet + offset, length), 0, target, 0, length);
                return 0;
            };
            case PROBE_READ_KERNEL -> (ctx, dst, size, unsafe, a4, a5) -> {
                MemorySegment target = write(ctx, dst, size);
                if (!ctx.memory().isAccessible(unsafe, size, Access.READ)) {
                    target.fill((byte) 0);
                    return -14; // -EFAULT
                }
                MemorySegment.copy(read(ctx, unsafe, size), 0, target, 0, size);
                return 0;
            };
            default -> null;
        };
    }

    private static BpfMap map(ExecutionContext ctx, long pointer) {
        return ctx.mapAt(pointer, BpfMap.class);
    }

    private static MemorySegment read(ExecutionContext ctx, long address, long size) {
        return ctx.memory().slice(address, checkedSize(size), Access.READ);
    }

    private static MemorySegment write(ExecutionContext ctx, long address, long size) {
        return ctx.memory().slice(address, checkedSize(size), Access.WRITE);
    }

    private static long checkedSize(long size) {
        if (size < 0 || size > Memory.MAX_REGION_SIZE) {
            throw new ProgramFault(-1, FaultKind.HELPER_FAILURE, "a helper was passed the size " + size);
        }
        return size;
    }

    private static long strnlen(MemorySegment s, long limit) {
        for (long i = 0; i < limit; i++) {
            if (s.get(ValueLayout.JAVA_BYTE, i) == 0) {
                return i;
            }
        }
        return limit;
    }

    private static long trace(ExecutionContext ctx, long fmt, long size, long... args) {
        String line = PrintkFormat.format(ctx.memory(), PrintkFormat.formatString(ctx.memory(), fmt, checkedSize(size)), args);
        if (line == null) {
            return Errno.EINVAL.negated();
        }
        ctx.trace(line);
        return line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
