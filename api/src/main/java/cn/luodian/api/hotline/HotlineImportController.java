package cn.luodian.api.hotline;

import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/cases/import}: a hotline export uploaded as multipart {@code file}, with an
 * optional {@code encoding} (utf-8, gbk; detected when absent). Answers the import report; an
 * unreadable file is a 400 and stores nothing.
 */
@RestController
public class HotlineImportController {
    private final HotlineImporter importer;

    public HotlineImportController(HotlineImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/v1/cases/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public HotlineImportReport importCases(@RequestParam("file") MultipartFile file,
                                           @RequestParam(required = false) String encoding, Actor actor) {
        if (file.isEmpty()) {
            throw new BadRequestException("上传的文件为空：应为带表头的热线工单 CSV 导出文件");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload.csv" : file.getOriginalFilename();
        return importer.importCsv(new CsvInput() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        }, encoding, actor);
    }
}
