package cn.luodian.api.tiles;

import cn.luodian.api.system.LuodianProperties;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /tiles/basemap/{z}/{x}/{y}.png} and {@code …/{y}@2x.png}: our own raster base map,
 * drawn from the reference layers, for networks that cannot reach outside map services (and
 * without the GCJ-02 offset of outside maps in China). Every tile answers 200 with a PNG, a blank
 * background one outside the data too, since map clients show missing tiles as holes. ETag +
 * If-None-Match → 304 ({@link TileResponses}, as for every tile); bad z/x/y → 400 problem+json.
 */
@RestController
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "luodian.tiles.basemap.enabled", havingValue = "true", matchIfMissing = true)
public class BaseMapTileController {
    private final BaseMapTiles tiles;
    private final TileResponses answers;

    public BaseMapTileController(BaseMapTiles tiles, BaseMapSettings settings, LuodianProperties properties) {
        this.tiles = tiles;
        this.answers = TileResponses.of(MediaType.IMAGE_PNG, Duration.ofSeconds(settings.basemap().maxAgeSeconds()),
                properties.security().openReferenceReads()).ignoringWildcard();
    }

    @GetMapping("/tiles/basemap/{z}/{x}/{file}")
    public ResponseEntity<byte[]> tile(@PathVariable String z, @PathVariable String x, @PathVariable String file,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        BaseMapTileName name = BaseMapTileName.parse(z, x, file);
        return answers.answer(tiles.tile(name.tile(), name.scale()), ifNoneMatch);
    }
}
