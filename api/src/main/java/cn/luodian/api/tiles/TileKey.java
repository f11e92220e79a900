package cn.luodian.api.tiles;

import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import java.util.List;

/** What a vector tile's content depends on: layers (in request order), address, frame, and the case filter. */
record TileKey(List<String> layers, TileAddress tile, PointShift shift, CasePointFilter caseFilter) {

    TileKey {
        layers = List.copyOf(layers);
    }
}
