package cn.luodian.api.tiles;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.mvt.VectorLayerSpec;
import cn.luodian.geo.tile.mvt.VectorLayers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the parts of a tile URL: the layer list, the address, the frame. Bad input never reaches the cache. */
final class TileRequests {

    private TileRequests() {
    }

    /** "admin,roads,cases" → their specs in that order; an unknown name is a 404 that lists the known ones. */
    static List<VectorLayerSpec> layers(String joined, int maxLayers) {
        List<VectorLayerSpec> specs = new ArrayList<>();
        for (String name : joined.split(",", -1)) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            VectorLayerSpec spec = VectorLayers.find(wanted).orElseThrow(() -> new NotFoundException(
                    "没有瓦片图层 '" + name + "'：可用的图层见回应中的图层列表",
                    Map.of("knownLayers", known())));
            if (specs.contains(spec)) {
                throw new BadRequestException("图层 '" + wanted + "' 重复出现");
            }
            specs.add(spec);
        }
        if (specs.size() > maxLayers) {
            throw new BadRequestException("每个瓦片最多 " + maxLayers + " 个图层，实为 " + specs.size());
        }
        return specs;
    }

    static TileAddress address(String z, String x, String y) {
        try {
            return TileAddress.parse(z, x, y);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** Our data is WGS-84; {@code gcj02} shifts it to line up on Amap/Tencent base maps. */
    static PointShift shift(String crs) {
        if (crs == null || crs.isBlank() || crs.strip().equalsIgnoreCase("wgs84")) {
            return PointShift.NONE;
        }
        if (crs.strip().equalsIgnoreCase("gcj02")) {
            return PointShift.GCJ02;
        }
        throw new BadRequestException("瓦片的坐标系应为 wgs84（默认）或 gcj02，实为 '" + crs + "'");
    }

    static List<String> known() {
        return VectorLayers.ALL.stream().map(VectorLayerSpec::name).toList();
    }
}
