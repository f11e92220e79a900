package cn.luodian.api.photos;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import cn.luodian.api.system.LuodianProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Hostile photo uploads over HTTP, on both stores: a PNG bomb, a truncated PNG, a JPEG+HTML
 * polyglot and a fake WebP are each a 400 problem+json in Chinese that stores nothing (no row, no
 * file); an honest phone photo is stored without its EXIF and served back with its type and
 * {@code nosniff}.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class HostileUploadsApiTest {

    @Nested
    class OnH2gis extends Uploads {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Uploads {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Uploads {
        private final RestClient http;
        private final Path photoDir;

        Uploads(Database database) {
            http = DemoServerForTest.http(database);
            PhotoSettings settings = DemoServerForTest.bean(database, PhotoSettings.class);
            photoDir = settings.dir() != null ? settings.dir()
                    : DemoServerForTest.bean(database, LuodianProperties.class).dataDir().resolve("photos");
        }

        private static String basic(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes());
        }

        private long newCase() {
            Map body = Map.of("category", "B0101", "description", "井盖缺失", "urgency", "normal", "source", "staff",
                    "location", Map.of("lon", 116.7726, "lat", 39.7588, "crs", "wgs84"));
            ResponseEntity<Map> created = http.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, basic("zuoxi"))
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
            assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
            return ((Number) created.getBody().get("id")).longValue();
        }

        private ResponseEntity<Map> upload(long caseId, byte[] content, String filename) {
            LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("file", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return filename;
                }
            });
            form.add("stage", "before");
            return http.post().uri("/api/v1/cases/{id}/photos", caseId).header(HttpHeaders.AUTHORIZATION, basic("zuoxi"))
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(Map.class);
        }

        private List photos(long caseId) {
            return (List) http.get().uri("/api/v1/cases/{id}/photos", caseId).header(HttpHeaders.AUTHORIZATION, basic("zuoxi"))
                    .retrieve().body(Map.class).get("photos");
        }

        private long storedFiles() {
            if (!Files.isDirectory(photoDir)) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(photoDir)) {
                return files.filter(Files::isRegularFile).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void refused(long caseId, byte[] content, String filename, String detail) {
            long files = storedFiles();
            ResponseEntity<Map> answer = upload(caseId, content, filename);
            assertThat(answer.getStatusCode().value()).as(filename + ": " + answer.getBody()).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat((String) answer.getBody().get("detail")).as(filename).startsWith(detail);
            assertThat(photos(caseId)).as(filename).isEmpty();
            assertThat(storedFiles()).as(filename).isEqualTo(files);
        }

        @Test
        void hostileImagesAreRefusedAndNothingIsStored() {
            long caseId = newCase();
            refused(caseId, HostileImagesForTest.pngBomb(30_000, 1000), "bomb.png", "图片尺寸为 30000×30000 像素");
            refused(caseId, HostileImagesForTest.truncated(HostileImagesForTest.png(300, 200), 0.5), "cut.png",
                    "图片数据不完整或已损坏");
            refused(caseId, HostileImagesForTest.polyglot(), "photo.jpg", "图片文件中夹带了网页代码");
            refused(caseId, HostileImagesForTest.fakeWebp(), "photo.webp", "暂不接受 WebP 图片");
        }

        @Test
        void aPhonePhotoIsStoredWithoutItsExifAndServedWithItsTypeAndNosniff() throws IOException {
            long caseId = newCase();
            ResponseEntity<Map> stored = upload(caseId, HostileImagesForTest.jpegWithExif(120, 60, 6), "phone.jpg");
            assertThat(stored.getStatusCode().value()).as(String.valueOf(stored.getBody())).isEqualTo(201);
            ResponseEntity<byte[]> back = http.get().uri((String) stored.getBody().get("url"))
                    .header(HttpHeaders.AUTHORIZATION, basic("zuoxi")).retrieve().toEntity(byte[].class);
            assertThat(back.getHeaders().getContentType().toString()).isEqualTo("image/jpeg");
            assertThat(back.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
            String bytes = new String(back.getBody(), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain("Exif").doesNotContain(HostileImagesForTest.SECRET);
            assertThat(ImageIO.read(new ByteArrayInputStream(back.getBody())).getHeight()).isEqualTo(120);
            assertThat(((Number) stored.getBody().get("sizeBytes")).longValue()).isEqualTo(back.getBody().length);
        }
    }
}
