package cn.luodian.api.print;

import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.exposure.LocationMap;
import cn.luodian.api.security.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/cases/{id}/map.png}: the small map of a case's place with the spot marked, for
 * the printed 派遣单. The same renderer as the exposure list's entries ({@link LocationMap}: our own
 * base-map tiles, a 100 m scale bar, 示意图), for a case the user may see (403 otherwise).
 */
@RestController
public class CaseMapController {
    private final CaseService cases;
    private final LocationMap maps;

    public CaseMapController(CaseService cases, LocationMap maps) {
        this.cases = cases;
        this.maps = maps;
    }

    @GetMapping(path = "/api/v1/cases/{id}/map.png", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> map(@PathVariable long id, Actor actor) {
        CityCase c = cases.get(id, actor);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate()).body(maps.png(c.lon(), c.lat()));
    }
}
