package cn.luodian.api.tiles;

import cn.luodian.api.cases.CaseFilterParser;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.CredentialsRefusedException;
import cn.luodian.api.system.LuodianProperties;
import cn.luodian.api.system.PublicUrls;
import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.mvt.VectorLayerSpec;
import cn.luodian.geo.tile.mvt.VectorLayers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tiles in the shape of martin and OpenTripPlanner: {@code /tiles/catalog}, a TileJSON per layer
 * list ({@code /tiles/admin,roads.json}) and the tiles ({@code /tiles/admin,roads/{z}/{x}/{y}.mvt}).
 * The {@code cases} layer takes the case list's filters; {@code cases} and {@code components} need a
 * sign-in (cases unless configured open), however the layer list is spelled. Raster layers have their own controllers
 * under {@code /tiles/…} and join the catalog through a {@link TileLayerCatalog} bean.
 */
@RestController
@RequestMapping("/tiles")
public class TilesController {
    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

    private final VectorTiles tiles;
    private final ReferenceTiles reference;
    private final ReferenceLayers store;
    private final ObjectProvider<TileLayerCatalog> catalogs;
    private final TileSettings settings;
    private final TileResponses casesAnswers;
    private final TileResponses referenceAnswers;
    private final TileResponses componentAnswers;
    private final PublicUrls urls;
    private final CaseTileAccess caseAccess;

    public TilesController(VectorTiles tiles, ReferenceTiles reference, ReferenceLayers store,
                           ObjectProvider<TileLayerCatalog> catalogs, TileSettings settings, LuodianProperties properties,
                           PublicUrls urls, CaseTileAccess caseAccess) {
        this.urls = urls;
        this.caseAccess = caseAccess;
        this.tiles = tiles;
        this.reference = reference;
        this.store = store;
        this.catalogs = catalogs;
        this.settings = settings;
        this.casesAnswers = TileResponses.of(MVT, settings.casesMaxAge(), caseAccess.openToAnonymous());
        this.referenceAnswers = TileResponses.of(MVT, settings.referenceMaxAge(), properties.security().openReferenceReads());
        // Components change with cases (a closed case repairs one): as short-lived as case tiles, and never shared.
        this.componentAnswers = TileResponses.of(MVT, settings.casesMaxAge(), false);
    }

    /** The layers this caller may read: the case layers only when signed in (unless configured open), components only signed in. */
    @GetMapping("/catalog")
    public Map<String, Object> catalog(Optional<Actor> caller) {
        boolean cases = caseAccess.readable(caller);
        List<Map<String, Object>> layers = catalogs.orderedStream().flatMap(c -> c.tileLayers().stream())
                .filter(info -> (cases || !info.fromCases()) && (caller.isPresent() || !info.signedInOnly())).map(info -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", info.id());
            json.put("kind", info.kind().id());
            json.put("minzoom", info.minZoom());
            json.put("maxzoom", info.maxZoom());
            json.put("description", info.description());
            json.put("tiles", info.tilesPath());
            if (info.tileJsonPath() != null) {
                json.put("tilejson", info.tileJsonPath());
            }
            return json;
        }).toList();
        return Map.of("layers", layers);
    }

    @GetMapping("/{layers}.json")
    public ResponseEntity<Map<String, Object>> tileJson(Optional<Actor> caller, @PathVariable String layers,
                                                        @RequestParam(required = false) String crs,
                                                        @RequestParam(required = false) String category,
                                                        @RequestParam(required = false) String state,
                                                        @RequestParam(required = false) String from,
                                                        @RequestParam(required = false) String to,
                                                        @RequestParam(required = false) Boolean overdue) {
        List<VectorLayerSpec> specs = TileRequests.layers(layers, settings.maxLayersPerRequest());
        checkAccess(specs, caller);
        TileRequests.shift(crs);
        CaseFilterParser.parse(null, null, null, category, state, from, to, overdue);
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "crs", crs);
        put(query, "category", category);
        put(query, "state", state);
        put(query, "from", from);
        put(query, "to", to);
        put(query, "overdue", overdue == null ? null : overdue.toString());
        String names = specs.stream().map(VectorLayerSpec::name).collect(Collectors.joining(","));
        // Not the Host header: a configured or trusted address, else root-relative (PublicUrls).
        String url = urls.base(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest())
                + "/tiles/" + names
                + "/{z}/{x}/{y}.mvt" + (query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        Map<String, String> origins = store.origins();
        boolean demo = specs.stream().anyMatch(spec -> "demo".equals(origins.get(sourceLayer(spec))));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(TileJson.of(specs, url, bounds(specs), demo));
    }

    @GetMapping("/{layers}/{z}/{x}/{y}.mvt")
    public ResponseEntity<byte[]> tile(Optional<Actor> caller, @PathVariable String layers, @PathVariable String z,
                                       @PathVariable String x,
                                       @PathVariable String y,
                                       @RequestParam(required = false) String crs,
                                       @RequestParam(required = false) String category,
                                       @RequestParam(required = false) String state,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) Boolean overdue,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        List<VectorLayerSpec> specs = TileRequests.layers(layers, settings.maxLayersPerRequest());
        checkAccess(specs, caller);
        TileAddress address = TileRequests.address(z, x, y);
        PointShift shift = TileRequests.shift(crs);
        CasePointFilter filter = CasePointIndex.pointFilter(
                CaseFilterParser.parse(null, null, null, category, state, from, to, overdue));
        Tile tile = tiles.tile(specs.stream().map(VectorLayerSpec::name).toList(), address, shift, filter);
        TileResponses answers = specs.contains(VectorLayers.COMPONENTS) ? componentAnswers
                : specs.contains(VectorLayers.CASES) ? casesAnswers : referenceAnswers;
        return answers.answer(tile, ifNoneMatch);
    }

    /** The extent of the requested layers' data; cases lie inside the admin areas. */
    private Envelope bounds(List<VectorLayerSpec> specs) {
        Envelope bounds = new Envelope();
        for (VectorLayerSpec spec : specs) {
            reference.layers(PointShift.NONE).find(sourceLayer(spec))
                    .ifPresent(layer -> bounds.expandToInclude(layer.boundsLonLat()));
        }
        return bounds;
    }

    /**
     * The stored layer whose provenance a tile layer carries: the cases of the demo are demo cases,
     * and its components demo components (an import refuses a component outside the admin areas).
     */
    private static String sourceLayer(VectorLayerSpec spec) {
        return spec == VectorLayers.CASES || spec == VectorLayers.COMPONENTS ? VectorLayers.ADMIN.name() : spec.name();
    }

    /** 401 problem+json for an anonymous caller naming a layer they may not read. */
    private void checkAccess(List<VectorLayerSpec> specs, Optional<Actor> caller) {
        if (specs.contains(VectorLayers.CASES)) {
            caseAccess.check(caller);
        }
        if (specs.contains(VectorLayers.COMPONENTS) && caller.isEmpty()) {
            throw new CredentialsRefusedException("查看部件瓦片需要登录");
        }
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value);
        }
    }
}
