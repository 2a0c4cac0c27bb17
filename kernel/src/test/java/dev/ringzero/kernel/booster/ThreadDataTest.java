package dev.ringzero.kernel.booster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThreadDataTest {

    @Test
    void decodesTheArticlesLittleEndianLayout() {
        byte[] bytes = {(byte) 0xC0, 0x24, 0, 0, 26, 0, 0, 0};
        assertThat(ThreadData.decode(bytes)).isEqualTo(new ThreadData(9408, 26));
    }

    @Test
    void threadIdIsUnsignedAndPriorityIsSigned() {
        byte[] bytes = {-1, -1, -1, -1, -1, -1, -1, -1};
        assertThat(ThreadData.decode(bytes)).isEqualTo(new ThreadData(0xFFFF_FFFFL, -1));
    }

    @Test
    void encodeIsTheInverseOfDecode() {
        ThreadData data = new ThreadData(4_000_000_000L, 31);
        assertThat(ThreadData.decode(data.encode())).isEqualTo(data);
        assertThat(data.encode()).hasSize(ThreadData.SIZE);
    }

    @Test
    void aBufferOfAnotherSizeIsRejected() {
        assertThatThrownBy(() -> ThreadData.decode(new byte[7])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 bytes, got 7");
    }

    @Test
    void aThreadIdBeyondU32IsRejected() {
        assertThatThrownBy(() -> new ThreadData(1L << 32, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit a u32");
    }
}
