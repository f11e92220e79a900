package cn.luodian.api.components;

import cn.luodian.api.describe.Coordinates;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;
import cn.luodian.geo.component.ComponentImportException;
import cn.luodian.geo.io.TextEncoding;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/admin/components/import}: what the {@code import-components} command does, for
 * the administrator over HTTP. The file (at most the multipart limit, 50 MB) is read whole and
 * imported all or nothing; a refused file is a 400 naming its lines or features.
 */
@RestController
@Tag(name = "components")
class ComponentImportController {
    private final ComponentImport imports;

    ComponentImportController(ComponentImport imports) {
        this.imports = imports;
    }

    @Operation(summary = "导入部件文件（CSV 或 GeoJSON；全部成功或全部不导入；仅系统管理员）")
    @PostMapping(path = "/api/v1/admin/components/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ComponentImportReport importFile(
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "坐标系：wgs84（默认）、cgcs2000、gcj02 或 bd09") @RequestParam(required = false) String crs,
            @Parameter(description = "编码：utf-8、gbk 或 gb18030；不给出时自动识别") @RequestParam(required = false) String encoding,
            @Parameter(description = "按小类替换，如 B0101：该小类中文件没有的部件将被删除") @RequestParam(required = false) String replaceCategory,
            @Parameter(description = "按乡镇/街道替换（9 位代码）") @RequestParam(required = false) String replaceTownship,
            Actor actor) {
        if (file.isEmpty()) {
            throw new BadRequestException("上传的文件为空：应为部件 CSV 或 GeoJSON 文件");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "部件.csv" : file.getOriginalFilename();
        TextFields.required("文件名", name, ComponentImport.MAX_NAME_CHARS);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".geojson") && !lower.endsWith(".json")) {
            throw new BadRequestException("部件文件应为 .csv、.geojson 或 .json 文件");
        }
        TextFields.line("replaceCategory", replaceCategory, 10);
        TextFields.line("replaceTownship", replaceTownship, 12);
        if (present(replaceCategory) && present(replaceTownship)) {
            throw new BadRequestException("按小类替换与按乡镇/街道替换只能选一个");
        }
        ComponentReplace replace;
        Charset charset;
        try {
            charset = TextEncoding.option(TextFields.line("encoding", encoding, 20));
            replace = present(replaceCategory) ? ComponentReplace.category(replaceCategory.strip())
                    : present(replaceTownship) ? ComponentReplace.township(replaceTownship.strip()) : null;
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return imports.importBytes(name, bytes, Coordinates.datum(TextFields.line("crs", crs, 40)), charset, replace, actor);
        } catch (ComponentImportException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
