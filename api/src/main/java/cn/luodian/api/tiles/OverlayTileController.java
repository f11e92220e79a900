package cn.luodian.api.tiles;

import cn.luodian.api.cases.CaseFilterParser;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.security.Actor;
import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.tile.PointShift;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case overlays as PNG tiles (256 px, {@code @2x} 512 px; names parsed by {@link BaseMapTileName}),
 * with the case list's filters and {@code crs=gcj02} like the {@code cases} vector layer:
 * {@code /tiles/heat/{z}/{x}/{y}.png} (kernel density, {@link HeatTiles}) and
 * {@code /tiles/hotspots/{z}/{x}/{y}.png} (Gi* bins of unit grid cells, {@link HotspotTiles}).
 * Unlike the base map, an overlay tile with nothing on it is a 204 (clients draw nothing), and
 * Cache-Control is the short one of the cases layer since cases change.
 */
@RestController
public class OverlayTileController {
    private final HeatTiles heat;
    private final HotspotTiles hotspots;
    private final OverlayTileSettings settings;
    private final TileResponses answers;
    private final CaseTileAccess access;

    public OverlayTileController(HeatTiles heat, HotspotTiles hotspots, OverlayTileSettings settings,
                                 TileSettings tileSettings, CaseTileAccess access) {
        this.access = access;
        this.heat = heat;
        this.hotspots = hotspots;
        this.settings = settings;
        // Cases change: the short max-age of the cases layer.
        this.answers = TileResponses.of(MediaType.IMAGE_PNG, tileSettings.casesMaxAge(), access.openToAnonymous());
    }

    @GetMapping("/tiles/heat/{z}/{x}/{file}")
    public ResponseEntity<byte[]> heat(Optional<Actor> caller, @PathVariable String z, @PathVariable String x, @PathVariable String file,
                                       @RequestParam(required = false) String crs,
                                       @RequestParam(required = false) String category,
                                       @RequestParam(required = false) String state,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) Boolean overdue,
                                       @RequestParam(required = false) Double bandwidthMetres,
                                       @RequestParam(required = false) Double maxDensityPerKm2,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        access.check(caller);
        BaseMapTileName name = BaseMapTileName.parse(z, x, file);
        PointShift shift = TileRequests.shift(crs);
        CasePointFilter filter = CasePointIndex.pointFilter(
                CaseFilterParser.parse(null, null, null, category, state, from, to, overdue));
        OverlayTileSettings.Heat limits = settings.heat();
        double bandwidth = metres("bandwidthMetres", bandwidthMetres, limits.bandwidthMetres(), limits.maxBandwidthMetres());
        double max = maxDensityPerKm2 == null ? limits.maxDensityPerKm2() : maxDensityPerKm2;
        if (!(max > 0) || Double.isInfinite(max)) {
            throw new BadRequestException("色阶最大密度应为正数（件/km²），实为 " + maxDensityPerKm2);
        }
        return answers.answer(heat.tile(name.tile(), name.scale(), shift, filter, bandwidth, max), ifNoneMatch);
    }

    @GetMapping("/tiles/hotspots/{z}/{x}/{file}")
    public ResponseEntity<byte[]> hotspots(Optional<Actor> caller, @PathVariable String z, @PathVariable String x, @PathVariable String file,
                                           @RequestParam(required = false) String crs,
                                           @RequestParam(required = false) String category,
                                           @RequestParam(required = false) String state,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to,
                                           @RequestParam(required = false) Boolean overdue,
                                           @RequestParam(required = false) Double distanceBandMetres,
                                           @RequestParam(required = false) Boolean fdr,
                                           @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        access.check(caller);
        BaseMapTileName name = BaseMapTileName.parse(z, x, file);
        PointShift shift = TileRequests.shift(crs);
        CaseFilterParser.parse(null, null, null, category, state, from, to, overdue);
        // Checked here as well as by the analysis, so that a bad band is a 400 at every zoom.
        double band = metres("distanceBandMetres", distanceBandMetres, settings.hotspots().distanceBandMetres(),
                settings.heat().maxBandwidthMetres());
        if (name.tile().z() < settings.hotspots().minZoom()) {
            // Unit grid cells are a few pixels wide here: no tile, as the catalog's minzoom says.
            return answers.answer(Tile.EMPTY, ifNoneMatch);
        }
        HotspotTiles.Query query = new HotspotTiles.Query(blankToNull(category), blankToNull(state), blankToNull(from),
                blankToNull(to), overdue, band, Boolean.TRUE.equals(fdr));
        return answers.answer(hotspots.tile(query, name.tile(), name.scale(), shift), ifNoneMatch);
    }

    /** The distance asked for, or the default; 400 unless more than 0 and at most {@code max}. */
    private static double metres(String parameter, Double asked, double byDefault, double max) {
        double value = asked == null ? byDefault : asked;
        if (!(value > 0) || value > max) {
            throw new BadRequestException(("bandwidthMetres".equals(parameter) ? "带宽" : "距离带") + "应大于 0 米且不超过 " + max + " 米，实为 " + asked);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
