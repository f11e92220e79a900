package cn.luodian.geo.patrol;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the path of a GPX 1.0/1.1 file into a {@link Track}: the {@code trkpt}s of every
 * {@code trk/trkseg} and the {@code rtept}s of every {@code rte}, in document order, each with its
 * {@code time}. Waypoints ({@code wpt}), elevations, names and extensions are skipped.
 *
 * <p>Uploaded files are hostile: no DTD is accepted (so no entity, external or internal: no XXE and
 * no entity expansion), the file is cut off after {@code maxBytes}, after {@code maxPoints} points
 * and below {@link #MAX_DEPTH} nested elements, and coordinates must be plain decimals. Every
 * refusal is a {@link TrackException} in Chinese naming the element and line; parser messages
 * (English, and possibly quoting the file) are never passed on.
 */
public final class GpxReader {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    private static final int MAX_TIME_CHARS = 40;
    /** GPX decimalDegrees as written in practice; keeps out NaN, Infinity, hex floats and exponents. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{1,20})?");

    private final long maxBytes;
    private final int maxPoints;

    public GpxReader(long maxBytes, int maxPoints) {
        if (maxBytes < 1 || maxPoints < 1 || maxPoints > Track.MAX_POINTS) {
            throw new IllegalArgumentException("轨迹文件的字节上限和点数上限须为正数，点数上限不超过 " + Track.MAX_POINTS);
        }
        this.maxBytes = maxBytes;
        this.maxPoints = maxPoints;
    }

    public GpxReader() {
        this(DEFAULT_MAX_BYTES, Track.MAX_POINTS);
    }

    /** The track of the file; the stream is read but not closed. */
    public Track read(InputStream in) {
        LimitedInputStream limited = new LimitedInputStream(in, maxBytes);
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(limited);
            return new Walk(xml).track();
        } catch (XMLStreamException e) {
            if (limited.exceeded()) {
                throw new TrackException("GPX 文件超过 " + maxBytes / 1024 + " KB 的上限");
            }
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new TrackException("GPX 文件不是格式正确的 XML" + (line > 0 ? "（第 " + line + " 行）" : ""), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Closing frees the parser only; the answer (or the error) is already decided.
                }
            }
        }
    }

    /** The JDK's own StAX parser (not whatever is on the class path), with DTDs and external access off. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /** One pass over the events of one file. */
    private final class Walk {
        private final XMLStreamReader xml;
        private final List<String> path = new ArrayList<>();
        private final List<TrackPoint> points = new ArrayList<>();

        Walk(XMLStreamReader xml) {
            this.xml = xml;
        }

        Track track() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw at("GPX 文件不得包含文档类型定义（DTD）");
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw at("GPX 文件不得包含实体引用 &" + xml.getLocalName() + ";");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.remove(path.size() - 1);
                }
            }
            if (points.isEmpty()) {
                throw new TrackException("GPX 文件中没有轨迹点（trkpt）或路线点（rtept）");
            }
            return Track.of(points);
        }

        private void start(String name) throws XMLStreamException {
            if (path.isEmpty() && !name.equals("gpx")) {
                throw at("不是 GPX 文件：根元素应为 gpx，实为 " + printable(name));
            }
            if (path.size() >= MAX_DEPTH) {
                throw at("GPX 文件的元素嵌套超过 " + MAX_DEPTH + " 层");
            }
            String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
            boolean trackPoint = name.equals("trkpt") && parent.equals("trkseg");
            boolean routePoint = name.equals("rtept") && parent.equals("rte");
            if (trackPoint || routePoint) {
                point(name);
                return;
            }
            path.add(name);
        }

        /** Reads one trkpt/rtept up to its end tag. */
        private void point(String name) throws XMLStreamException {
            int line = line();
            if (points.size() >= maxPoints) {
                throw at("GPX 文件的点数超过 " + maxPoints + " 个的上限");
            }
            double lat = coordinate(name, "lat", line);
            double lon = coordinate(name, "lon", line);
            Instant time = null;
            int depth = 0;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth + path.size() >= MAX_DEPTH) {
                        throw at("GPX 文件的元素嵌套超过 " + MAX_DEPTH + " 层");
                    }
                    if (depth == 1 && xml.getLocalName().equals("time")) {
                        if (time != null) {
                            throw at("第 " + line + " 行的 " + name + " 有多个时间（time 元素）");
                        }
                        time = time(name, line, xml.getElementText());
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth-- == 0) {
                        break;
                    }
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw at("GPX 文件不得包含实体引用 &" + xml.getLocalName() + ";");
                }
            }
            if (time == null) {
                throw new TrackException("第 " + line + " 行的 " + name + " 缺少时间（time 元素）：巡查轨迹的每个点都要有时间");
            }
            if (!points.isEmpty() && time.isBefore(points.get(points.size() - 1).time())) {
                throw new TrackException("第 " + line + " 行的 " + name + " 的时间 " + time + " 早于前一个点的 "
                        + points.get(points.size() - 1).time() + "：轨迹点须按时间先后排列");
            }
            try {
                points.add(new TrackPoint(lon, lat, time));
            } catch (TrackException e) {
                throw new TrackException("第 " + line + " 行的 " + name + "：" + e.getMessage());
            }
        }

        private double coordinate(String element, String attribute, int line) {
            String value = xml.getAttributeValue(null, attribute);
            if (value == null) {
                throw new TrackException("第 " + line + " 行的 " + element + " 缺少 " + attribute + " 属性");
            }
            String trimmed = value.strip();
            if (!DECIMAL.matcher(trimmed).matches()) {
                throw new TrackException("第 " + line + " 行的 " + element + " 的 " + attribute + " 属性应为十进制度数，实为 '"
                        + printable(value) + "'");
            }
            return Double.parseDouble(trimmed);
        }

        /** ISO 8601 as GPX writes it; a time without an offset is UTC, as the GPX schema says. */
        private Instant time(String element, int line, String text) {
            String t = text.strip();
            if (t.length() <= MAX_TIME_CHARS) {
                try {
                    return OffsetDateTime.parse(t).toInstant();
                } catch (DateTimeException offsetMissing) {
                    try {
                        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
                    } catch (DateTimeException notATime) {
                        // falls through to the refusal below
                    }
                }
            }
            throw new TrackException("第 " + line + " 行的 " + element + " 的时间（time）格式不对，应如 2024-05-01T08:00:00Z，实为 '"
                    + printable(t) + "'");
        }

        private int line() {
            return xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
        }

        private TrackException at(String message) {
            int line = line();
            return new TrackException(message + (line > 0 ? "（第 " + line + " 行）" : ""));
        }
    }

    /** At most 40 characters of what the file said, without control characters, for an error message. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > 40 ? out + "…" : out.toString();
    }

    /** Stops reading past the limit; the reader tells an oversized file from a malformed one by {@link #exceeded}. */
    private static final class LimitedInputStream extends InputStream {
        private final InputStream in;
        private final long limit;
        private long count;
        private boolean exceeded;

        LimitedInputStream(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        boolean exceeded() {
            return exceeded;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (count >= limit) {
                int probe = in.read();
                if (probe < 0) {
                    return -1;
                }
                exceeded = true;
                throw new IOException("input larger than " + limit + " bytes");
            }
            int n = in.read(buffer, offset, (int) Math.min(length, limit - count));
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
