package cn.luodian.geo.tile.mvt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The few protocol-buffer wire primitives a vector tile layer needs, into a growable byte array. */
final class ProtobufWriter {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;

    private byte[] bytes = new byte[256];
    private int size;

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void tag(int field, int wireType) {
        varint(((long) field << 3) | wireType);
    }

    void varint(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    void varintField(int field, long value) {
        tag(field, VARINT);
        varint(value);
    }

    void stringField(int field, String value) {
        bytesField(field, value.getBytes(StandardCharsets.UTF_8));
    }

    void bytesField(int field, byte[] value) {
        tag(field, LENGTH_DELIMITED);
        varint(value.length);
        raw(value, 0, value.length);
    }

    void messageField(int field, ProtobufWriter message) {
        tag(field, LENGTH_DELIMITED);
        varint(message.size);
        raw(message.bytes, 0, message.size);
    }

    void raw(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    void reset() {
        size = 0;
    }

    static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
