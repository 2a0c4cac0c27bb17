package dev.ringzero.ebpf.maps;

import static dev.ringzero.ebpf.maps.LittleEndian.segment;
import static dev.ringzero.ebpf.maps.LittleEndian.u64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

class QueueStackMapTest {
    private final BpfQueueMap queue = (BpfQueueMap) BpfMaps.create(MapSpec.of("q", MapType.QUEUE, 0, 8, 3));
    private final BpfStackMap stack = (BpfStackMap) BpfMaps.create(MapSpec.of("s", MapType.STACK, 0, 8, 3));

    private static long pop(BpfMap map) {
        MemorySegment out = MemorySegment.ofArray(new byte[8]);
        assertThat(map.popElement(out)).isZero();
        return out.get(LittleEndian.U64, 0);
    }

    private static void push(BpfMap map, long... values) {
        for (long value : values) {
            assertThat(map.pushElement(segment(u64(value)), 0)).isZero();
        }
    }

    @Test
    void aQueuePopsInPushOrder() {
        push(queue, 1, 2, 3);
        assertThat(pop(queue)).isEqualTo(1);
        assertThat(pop(queue)).isEqualTo(2);
        push(queue, 4);
        assertThat(pop(queue)).isEqualTo(3);
        assertThat(pop(queue)).isEqualTo(4);
    }

    @Test
    void aStackPopsTheNewestFirst() {
        push(stack, 1, 2, 3);
        assertThat(pop(stack)).isEqualTo(3);
        push(stack, 4);
        assertThat(pop(stack)).isEqualTo(4);
        assertThat(pop(stack)).isEqualTo(2);
        assertThat(pop(stack)).isEqualTo(1);
    }

    @Test
    void popAndPeekOnAnEmptyMapAreEnoent() {
        MemorySegment out = MemorySegment.ofArray(new byte[8]);
        assertThat(queue.popElement(out)).isEqualTo(-2);
        assertThat(queue.peekElement(out)).isEqualTo(-2);
        assertThat(stack.popElement(out)).isEqualTo(-2);
        assertThat(stack.peekElement(out)).isEqualTo(-2);
    }

    @Test
    void peekLeavesTheValueInPlace() {
        push(queue, 7, 8);
        MemorySegment out = MemorySegment.ofArray(new byte[8]);
        assertThat(queue.peekElement(out)).isZero();
        assertThat(out.get(LittleEndian.U64, 0)).isEqualTo(7);
        assertThat(queue.size()).isEqualTo(2);
        assertThat(stack.peek()).isEmpty();
        push(stack, 7, 8);
        assertThat(stack.peek().map(LittleEndian::u64)).contains(8L);
    }

    @Test
    void pushingOntoAFullMapIsE2bigWithoutBpfExist() {
        push(queue, 1, 2, 3);
        assertThat(queue.pushElement(segment(u64(4)), 0)).isEqualTo(-7);
        assertThat(queue.values()).extracting(LittleEndian::u64).containsExactly(1L, 2L, 3L);
    }

    @Test
    void bpfExistOnAFullQueueOverwritesTheOldest() {
        push(queue, 1, 2, 3);
        assertThat(queue.pushElement(segment(u64(4)), 2)).isZero();
        assertThat(pop(queue)).isEqualTo(2);
        assertThat(pop(queue)).isEqualTo(3);
        assertThat(pop(queue)).isEqualTo(4);
    }

    @Test
    void bpfExistOnAFullStackDropsTheBottomValue() {
        push(stack, 1, 2, 3);
        assertThat(stack.pushElement(segment(u64(4)), 2)).isZero();
        assertThat(stack.values()).extracting(LittleEndian::u64).containsExactly(2L, 3L, 4L);
        assertThat(pop(stack)).isEqualTo(4);
    }

    @Test
    void noexistAndUnknownFlagsAreEinvalForPush() {
        assertThat(queue.pushElement(segment(u64(1)), 1)).isEqualTo(-22);
        assertThat(stack.pushElement(segment(u64(1)), 8)).isEqualTo(-22);
        assertThat(queue.size()).isZero();
    }

    @Test
    void keyedOperationsAreEinvalOrFindNothing() {
        push(queue, 1);
        assertThat(queue.lookupElement(MemorySegment.NULL)).isNull();
        assertThat(queue.updateElement(MemorySegment.NULL, segment(u64(1)), 0)).isEqualTo(-22);
        assertThat(queue.deleteElement(MemorySegment.NULL)).isEqualTo(-22);
        assertThat(queue.nextKey(null)).isEmpty();
        assertThat(queue.keys()).isEmpty();
    }

    @Test
    void userSpacePushesWithUpdatePeeksWithLookupAndPopsWithPop() {
        assertThat(queue.update(null, u64(5), 0)).isZero();
        assertThat(queue.update(new byte[0], u64(6), 0)).isZero();
        assertThat(queue.lookup(null).map(LittleEndian::u64)).contains(5L);
        assertThat(queue.pop().map(LittleEndian::u64)).contains(5L);
        assertThat(queue.pop().map(LittleEndian::u64)).contains(6L);
        assertThat(queue.pop()).isEmpty();
    }

    @Test
    void aKeyGivenToAKeylessMapIsAClearError() {
        assertThatThrownBy(() -> queue.lookup(new byte[4]))
                .isInstanceOf(InvalidMapArgumentException.class)
                .hasMessage("map 'q' (queue): the map has no keys, but a 4-byte key was given");
    }

    @Test
    void valuesAreCopiedInAndOut() {
        MemorySegment source = segment(u64(1));
        queue.pushElement(source, 0);
        source.set(LittleEndian.U64, 0, 2);
        assertThat(pop(queue)).isEqualTo(1);
    }

    @Test
    void theRingWrapsAroundManyTimes() {
        for (long round = 0; round < 10; round++) {
            push(queue, round * 3, round * 3 + 1);
            assertThat(pop(queue)).isEqualTo(round * 3);
            assertThat(pop(queue)).isEqualTo(round * 3 + 1);
        }
        assertThat(queue.size()).isZero();
    }
}
