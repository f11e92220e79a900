package cn.luodian.api.exposure;

import static cn.luodian.api.exposure.ExposureHttpForTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.photos.CasePhotos;
import cn.luodian.api.photos.HostileImagesForTest;
import cn.luodian.api.photos.ImageType;
import cn.luodian.api.photos.Photo;
import cn.luodian.api.photos.PhotoFiles;
import cn.luodian.api.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A published period whose cases carry images stored before uploads were decoded (a 30000×30000
 * PNG bomb, a truncated PNG — written straight into the photo store as the old check let them in)
 * still renders: its PDF (with 图片无法显示 in their place) and its page, on both stores. The PDF
 * is reproducible: two requests give the same bytes, with their hash as ETag (304 on revalidation).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class BadStoredImageTest {

    @Nested
    class OnH2gis extends Period {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Period {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Period {
        private final Database database;
        private final ExposureHttpForTest api;

        Period(Database database) {
            this.database = database;
            this.api = new ExposureHttpForTest(DemoServerForTest.http(database));
        }

        /** A case with a photo that never went through today's upload checks. */
        private long caseWithStoredPhoto(double lon, byte[] image) {
            long caseId = api.openCase(lon, ExposureApiTest.LAT, false);
            String hash = DemoServerForTest.bean(database, PhotoFiles.class).store(image, ImageType.PNG);
            DemoServerForTest.bean(database, CasePhotos.class).insert(caseId, Photo.Stage.BEFORE, hash, ImageType.PNG,
                    image.length, "zuoxi", Instant.now());
            return caseId;
        }

        @Test
        void aPeriodWithBadStoredImagesStillRendersAndItsPdfIsTheSameOnEveryRequest() throws Exception {
            expect(api.post("duban", "/api/v1/exposure/publishers", Map.of("code", "test-badimg", "name", "测试督办发布单位",
                    "titleLine", "挂账督办", "cadence", "weekly", "firstNumber", 3, "photoRequired", true)), 201);
            long bomb = caseWithStoredPhoto(ExposureApiTest.LON, HostileImagesForTest.pngBomb(30_000, 1000));
            long cut = caseWithStoredPhoto(ExposureApiTest.LON + 0.001,
                    HostileImagesForTest.truncated(HostileImagesForTest.png(300, 200), 0.5));
            long good = api.openCase(ExposureApiTest.LON + 0.002, ExposureApiTest.LAT, true);
            Map period = expect(api.post("duban", "/api/v1/exposure/publishers/{code}/periods", Map.of(), "test-badimg"), 201);
            for (long c : new long[] {bomb, cut, good}) {
                expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", c), period.get("id")), 201);
            }
            expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "submit"), period.get("id")), 200);
            expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"), period.get("id")), 200);

            ResponseEntity<byte[]> pdf = api.getBytes(null, "/exposure/test-badimg/3.pdf");
            assertThat(pdf.getStatusCode().value()).isEqualTo(200);
            assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
            ResponseEntity<byte[]> again = api.getBytes(null, "/exposure/test-badimg/3.pdf");
            assertThat(again.getBody()).isEqualTo(pdf.getBody());
            String etag = "\"" + PhotoFiles.sha256(pdf.getBody()) + "\"";
            assertThat(pdf.getHeaders().getETag()).isEqualTo(etag);
            ResponseEntity<byte[]> revalidated = api.http().get().uri("/exposure/test-badimg/3.pdf")
                    .header(HttpHeaders.IF_NONE_MATCH, etag).retrieve().toEntity(byte[].class);
            assertThat(revalidated.getStatusCode().value()).isEqualTo(304);

            ExternalToolForTest.require("/usr/bin/pdftotext", "poppler-utils");
            Path file = Files.createTempFile("bad-images", ".pdf");
            Files.write(file, pdf.getBody());
            String text = ExternalToolForTest.run("/usr/bin/pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-");
            // Two bad photos stand as placeholders; the good photo and the three maps are images.
            assertThat(text.split("图片无法显示", -1)).hasSize(3);
            String images = ExternalToolForTest.run("/usr/bin/pdfimages", "-list", file.toString());
            assertThat(images.lines().skip(2).filter(l -> l.contains(" image ")).count()).isEqualTo(4);

            ResponseEntity<String> page = api.getText(null, "/exposure/test-badimg/3");
            assertThat(page.getStatusCode().value()).isEqualTo(200);
            assertThat(page.getBody()).contains("新发现问题 挂账督办（3处）");
            // Every published file the page shows is served with its type and nosniff.
            java.util.List<String> files = java.util.regex.Pattern.compile("src=\"(/exposure/files/[^\"]+)\"")
                    .matcher(page.getBody()).results().map(m -> m.group(1)).toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(4);
            for (String src : files) {
                ResponseEntity<byte[]> served = api.getBytes(null, src);
                assertThat(served.getHeaders().get("X-Content-Type-Options")).as(src).containsExactly("nosniff");
                assertThat(served.getHeaders().getContentType().toString()).as(src).isEqualTo("image/png");
            }
        }
    }
}
