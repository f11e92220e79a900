package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The one way tiles are answered: 204 empty, 304 on a matching If-None-Match, else 200. */
class TileResponsesTest {
    private static final TileResponses PNG = TileResponses.of(MediaType.IMAGE_PNG, Duration.ofSeconds(10), true);

    @Test
    void aTileIs200WithItsTypeTagAndCacheControl() {
        Tile tile = Tile.of(new byte[] {1, 2, 3});
        ResponseEntity<byte[]> answer = PNG.answer(tile, "\"other\"");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).containsExactly(1, 2, 3);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(answer.getHeaders().getETag()).isEqualTo(tile.etag());
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=10, public");
    }

    @Test
    void aMatchingTagIs304WithoutBody() {
        Tile tile = Tile.of(new byte[] {1});
        for (String ifNoneMatch : new String[] {tile.etag(), "W/" + tile.etag(), "\"x\", " + tile.etag(), "*"}) {
            ResponseEntity<byte[]> answer = PNG.answer(tile, ifNoneMatch);
            assertThat(answer.getStatusCode().value()).as(ifNoneMatch).isEqualTo(304);
            assertThat(answer.getBody()).isNull();
            assertThat(answer.getHeaders().getContentType()).isNull();
            assertThat(answer.getHeaders().getETag()).isEqualTo(tile.etag());
            assertThat(answer.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=10, public");
        }
    }

    @Test
    void theBaseMapStillIgnoresTheWildcardButNotItsTag() {
        Tile tile = Tile.of(new byte[] {1}, Tile.Spelling.HEX);
        TileResponses baseMap = PNG.ignoringWildcard();
        assertThat(baseMap.answer(tile, "*").getStatusCode().value()).isEqualTo(200);
        assertThat(baseMap.answer(tile, "W/" + tile.etag()).getStatusCode().value()).isEqualTo(304);
    }

    @Test
    void anEmptyTileIs204EvenWhenAskedWithATag() {
        ResponseEntity<byte[]> answer = PNG.answer(Tile.EMPTY, "*");
        assertThat(answer.getStatusCode().value()).isEqualTo(204);
        assertThat(answer.getHeaders().getETag()).isNull();
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=10, public");
    }

    @Test
    void closedReadsArePrivate() {
        assertThat(TileResponses.of(MediaType.IMAGE_PNG, Duration.ofHours(1), false).cacheControl().getHeaderValue())
                .isEqualTo("max-age=3600, private");
    }
}
