package cn.luodian.bench.synthetic;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * A LayerBatch in a plain binary file (per feature: its attributes, then WKB), so that each
 * benchmark fork reads the synthetic region in seconds instead of generating it again. WKB keeps
 * every double exactly, so a read batch equals the generated one.
 */
public final class RegionFile {
    private static final int MAGIC = 0x4C44_4231; // "LDB1"

    private RegionFile() {
    }

    public static void write(LayerBatch batch, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        WKBWriter wkb = new WKBWriter(2);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(batch.layers().size());
            for (Layer layer : batch.layers()) {
                List<ReferenceFeature> features = batch.features(layer);
                out.writeUTF(layer.name());
                out.writeInt(features.size());
                for (ReferenceFeature feature : features) {
                    writeAttributes(feature, out);
                    byte[] bytes = wkb.write(feature.geometry());
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static LayerBatch read(Path file) throws IOException {
        WKBReader wkb = new WKBReader();
        LayerBatch.Builder batch = LayerBatch.builder();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not a region file");
            }
            int layers = in.readInt();
            for (int l = 0; l < layers; l++) {
                Layer layer = Layer.valueOf(in.readUTF());
                int count = in.readInt();
                List<ReferenceFeature> features = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String[] attributes = readAttributes(in);
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    features.add(feature(layer, attributes, geometry(wkb, bytes)));
                }
                batch.addAll(layer, features);
            }
        }
        return batch.build();
    }

    private static void writeAttributes(ReferenceFeature feature, DataOutputStream out) throws IOException {
        String[] attributes;
        if (feature instanceof AdminArea a) {
            attributes = new String[] {a.code(), a.name(), a.level().name(), a.parentCode() == null ? "" : a.parentCode()};
        } else if (feature instanceof GridCell c) {
            attributes = new String[] {c.code(), c.villageCode() == null ? "" : c.villageCode()};
        } else if (feature instanceof Road r) {
            attributes = new String[] {r.name(), r.roadClass().name(), r.ref()};
        } else if (feature instanceof Waterway w) {
            attributes = new String[] {w.name(), w.waterwayClass().name()};
        } else {
            Landmark m = (Landmark) feature;
            attributes = new String[] {m.name(), m.type().name()};
        }
        out.writeByte(attributes.length);
        for (String attribute : attributes) {
            out.writeUTF(attribute);
        }
    }

    private static String[] readAttributes(DataInputStream in) throws IOException {
        String[] attributes = new String[in.readByte()];
        for (int i = 0; i < attributes.length; i++) {
            attributes[i] = in.readUTF();
        }
        return attributes;
    }

    private static ReferenceFeature feature(Layer layer, String[] a, Geometry geometry) {
        return switch (layer) {
            case ADMIN -> new AdminArea(a[0], a[1], AdminLevel.valueOf(a[2]), a[3].isEmpty() ? null : a[3], geometry);
            case GRID -> new GridCell(a[0], a[1].isEmpty() ? null : a[1], geometry);
            case ROADS -> new Road(a[0], RoadClass.valueOf(a[1]), a[2], geometry);
            case WATERWAYS -> new Waterway(a[0], WaterwayClass.valueOf(a[1]), geometry);
            case LANDMARKS -> new Landmark(a[0], LandmarkType.valueOf(a[1]), geometry);
        };
    }

    private static Geometry geometry(WKBReader wkb, byte[] bytes) throws IOException {
        try {
            return wkb.read(bytes);
        } catch (ParseException e) {
            throw new IOException("bad WKB in region file: " + e.getMessage(), e);
        }
    }
}
