package cn.luodian.geo.io.osm;

import cn.luodian.geo.io.ImportException;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import crosby.binary.Fileformat;
import crosby.binary.Osmformat;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the blocks of an OpenStreetMap PBF file: a 4-byte length, a BlobHeader, a Blob (raw or
 * zlib), repeated. The first block must be the OSMHeader; each OSMData block is handed on as a
 * PrimitiveBlock, one at a time, so a pass never holds more than one block.
 *
 * <p>We read the framing ourselves instead of with osmpbf's {@code BlockInputStream}: that one
 * takes an end of file inside a block for the normal end and would quietly accept a truncated
 * download, and it signals a corrupt block with an {@code Error}.
 */
final class PbfBlockReader {
    /** Limits from the PBF specification; a larger value means the bytes are not a PBF block. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int MAX_BLOB_BYTES = 32 * 1024 * 1024;

    /** What a reader of OSM data must understand; a file requiring anything else is refused. */
    private static final Set<String> SUPPORTED_FEATURES = Set.of("OsmSchema-V0.6", "DenseNodes");

    private final Path pbf;
    private final String source;

    PbfBlockReader(Path pbf) {
        this.pbf = pbf;
        this.source = pbf.toString();
    }

    /** Reads the whole file once, passing every OSMData block to {@code consumer} in file order. */
    void readBlocks(Consumer<Osmformat.PrimitiveBlock> consumer) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(pbf), 1 << 16))) {
            long offset = 0;
            int blockIndex = 0;
            while (true) {
                int first = in.read();
                if (first < 0) {
                    break;
                }
                String where = "第 " + blockIndex + " 个数据块（字节位置 " + offset + "）";
                int headerLength = (first << 24) | (readByte(in, where) << 16) | (readByte(in, where) << 8)
                        | readByte(in, where);
                if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES) {
                    String length = Integer.toUnsignedString(headerLength);
                    throw blockIndex == 0
                            ? notPbf("文件开头不是 PBF 数据块头（前 4 个字节给出的长度为 "
                                    + length + " 字节）")
                            : corrupt(blockIndex, where + "：数据块头长 " + length + " 字节，超出范围");
                }
                Fileformat.BlobHeader header = parseHeader(readBytes(in, headerLength, where), blockIndex, where);
                if (header.getDatasize() < 0 || header.getDatasize() > MAX_BLOB_BYTES) {
                    throw corrupt(blockIndex, where + "：数据块长 " + header.getDatasize() + " 字节，超出范围");
                }
                byte[] blob = readBytes(in, header.getDatasize(), where);
                offset += 4L + headerLength + header.getDatasize();
                if (blockIndex == 0 && !header.getType().equals("OSMHeader")) {
                    throw notPbf("第一个数据块是 '" + header.getType() + "'，应为 'OSMHeader'");
                }
                handleBlock(header.getType(), inflate(blob, where), where, consumer);
                blockIndex++;
            }
            if (blockIndex == 0) {
                throw ImportException.ofFile(source, "文件为空：应为 OpenStreetMap PBF 文件", null);
            }
        } catch (NoSuchFileException e) {
            throw ImportException.ofFile(source, "文件不存在", e);
        } catch (IOException e) {
            throw ImportException.ofFile(source, "无法读取：" + e.getMessage(), e);
        }
    }

    private void handleBlock(String type, byte[] data, String where, Consumer<Osmformat.PrimitiveBlock> consumer) {
        try {
            switch (type) {
                case "OSMHeader" -> checkFeatures(Osmformat.HeaderBlock.parseFrom(data));
                case "OSMData" -> consumer.accept(Osmformat.PrimitiveBlock.parseFrom(data));
                default -> {
                    // The specification tells readers to skip block types they do not know.
                }
            }
        } catch (InvalidProtocolBufferException e) {
            throw ImportException.ofFile(source, where + " 已损坏：" + e.getMessage(), e);
        } catch (IndexOutOfBoundsException e) {
            // A string id past the block's table, or id and coordinate columns of different lengths.
            throw ImportException.ofFile(source, where + " 已损坏：引用超出了自身的表（"
                    + e.getMessage() + ")", e);
        }
    }

    private void checkFeatures(Osmformat.HeaderBlock header) {
        for (String feature : header.getRequiredFeaturesList()) {
            if (!SUPPORTED_FEATURES.contains(feature)) {
                throw ImportException.ofFile(source, "文件需要 PBF 特性 '" + feature + "'，本程序不支持（支持的特性：" + SUPPORTED_FEATURES + "）", null);
            }
        }
    }

    private Fileformat.BlobHeader parseHeader(byte[] bytes, int blockIndex, String where) {
        try {
            return Fileformat.BlobHeader.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw corrupt(blockIndex, where + "：数据块头无法解析（" + e.getMessage() + ")");
        }
    }

    private byte[] inflate(byte[] blobBytes, String where) {
        Fileformat.Blob blob;
        try {
            blob = Fileformat.Blob.parseFrom(blobBytes);
        } catch (InvalidProtocolBufferException e) {
            throw ImportException.ofFile(source, where + " 已损坏：" + e.getMessage(), e);
        }
        return switch (blob.getDataCase()) {
            case RAW -> blob.getRaw().toByteArray();
            case ZLIB_DATA -> inflateZlib(blob.getZlibData(), blob.getRawSize(), where);
            case DATA_NOT_SET -> throw ImportException.ofFile(source, where + " 没有数据", null);
            default -> throw ImportException.ofFile(source, where + " 使用 " + blob.getDataCase() + " 压缩，本程序不支持；请用 zlib 重新编码文件（例如 osmium cat）", null);
        };
    }

    private byte[] inflateZlib(ByteString compressed, int rawSize, String where) {
        if (rawSize <= 0 || rawSize > MAX_BLOB_BYTES) {
            throw ImportException.ofFile(source, where + "：解压后大小 " + rawSize + " 字节超出范围", null);
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed.toByteArray());
            byte[] out = new byte[rawSize];
            int length = inflater.inflate(out);
            if (length != rawSize || !inflater.finished()) {
                throw ImportException.ofFile(source, where + "：压缩数据解压后不是声明的 " + rawSize + " 字节", null);
            }
            return out;
        } catch (DataFormatException e) {
            throw ImportException.ofFile(source, where + "：压缩数据已损坏（" + e.getMessage() + "）",
                    e);
        } finally {
            inflater.end();
        }
    }

    private int readByte(InputStream in, String where) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw truncated(where);
        }
        return b;
    }

    private byte[] readBytes(DataInputStream in, int length, String where) throws IOException {
        byte[] bytes = new byte[length];
        try {
            in.readFully(bytes);
        } catch (EOFException e) {
            throw truncated(where);
        }
        return bytes;
    }

    private ImportException truncated(String where) {
        return ImportException.ofFile(source, "文件在" + where + "中途结束：文件不完整（下载或复制未完成？）", null);
    }

    /** Garbage at the very start means the file is something else; later, that it is damaged. */
    private ImportException corrupt(int blockIndex, String reason) {
        return blockIndex == 0 ? notPbf(reason)
                : ImportException.ofFile(source, "文件已损坏：" + reason, null);
    }

    private ImportException notPbf(String reason) {
        return ImportException.ofFile(source, "不是 OpenStreetMap PBF 文件：" + reason, null);
    }
}
