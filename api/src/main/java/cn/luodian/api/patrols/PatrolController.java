package cn.luodian.api.patrols;

import cn.luodian.api.describe.Coordinates;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.patrol.GpxReader;
import cn.luodian.geo.patrol.Track;
import cn.luodian.geo.patrol.TrackException;
import cn.luodian.geo.patrol.TrackPoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Patrols over HTTP under {@code /api/v1/grids/patrols}: the grid worker starts one, sends positions
 * in batches and stops it, or uploads a GPX file as a finished patrol; workers list their own,
 * township staff, supervisors and admins those of their jurisdiction; coverage per day or week.
 */
@RestController
@RequestMapping("/api/v1/grids/patrols")
@Tag(name = "patrols", description = "巡查：网格员的巡查轨迹与单元网格覆盖")
public class PatrolController {
    private final Patrols patrols;
    private final PatrolCoverageReports coverage;
    private final CoverageMap coverageMap;
    private final PatrolSettings settings;
    private final Clock clock;

    public PatrolController(Patrols patrols, PatrolCoverageReports coverage, CoverageMap coverageMap,
                            PatrolSettings settings, Clock clock) {
        this.patrols = patrols;
        this.coverage = coverage;
        this.coverageMap = coverageMap;
        this.settings = settings;
        this.clock = clock;
    }

    /** One position as the phone sends it: lon/lat in {@code crs} (WGS-84 by default) and an ISO 8601 time. */
    public record PositionJson(Double lon, Double lat, String time) {
    }

    public record AppendRequest(String crs, List<PositionJson> positions) {
    }

    public record Page(List<PatrolJson> items) {
    }

    @Operation(summary = "开始巡查（仅网格员）")
    @PostMapping
    public ResponseEntity<PatrolJson> start(Actor actor) {
        Patrol started = patrols.start(actor);
        return ResponseEntity.created(URI.create("/api/v1/grids/patrols/" + started.id())).body(PatrolJson.of(started));
    }

    @Operation(summary = "追加一批巡查位置（仅本人进行中的巡查）")
    @PostMapping("/{id}/positions")
    public PatrolJson append(@PathVariable long id, @RequestBody AppendRequest request, Actor actor) {
        if (request == null || request.positions() == null) {
            throw new BadRequestException("请求中没有位置列表");
        }
        if (request.positions().size() > settings.maxBatchPoints()) {
            throw new BadRequestException("每次最多提交 " + settings.maxBatchPoints() + " 个位置，实为 " + request.positions().size() + " 个");
        }
        Datum datum = Coordinates.datum(request.crs());
        List<TrackPoint> points = new ArrayList<>(request.positions().size());
        for (int i = 0; i < request.positions().size(); i++) {
            points.add(position(request.positions().get(i), i + 1, datum));
        }
        return PatrolJson.of(patrols.append(id, points, actor));
    }

    @Operation(summary = "结束巡查：计算轨迹长度与经过的单元网格")
    @PostMapping("/{id}/stop")
    public PatrolJson stop(@PathVariable long id, Actor actor) {
        return PatrolJson.of(patrols.stop(id, actor));
    }

    @Operation(summary = "上传 GPX 轨迹文件，作为一次已结束的巡查（仅网格员）")
    @PostMapping(path = "/gpx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<PatrolJson> upload(@RequestParam("file") MultipartFile file, Actor actor) {
        patrols.requireMayUpload(actor);
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("轨迹文件为空");
        }
        if (file.getSize() > settings.maxGpxBytes()) {
            throw new BadRequestException("轨迹文件有 " + file.getSize() + " 字节，最大 " + settings.maxGpxBytes() + " 字节");
        }
        Track track;
        try (InputStream in = file.getInputStream()) {
            track = new GpxReader(settings.maxGpxBytes(), Track.MAX_POINTS).read(in);
        } catch (TrackException e) {
            throw new BadRequestException(e.getMessage());
        } catch (IOException e) {
            throw new BadRequestException("无法读取上传的轨迹文件");
        }
        Patrol uploaded = patrols.upload(track, actor);
        return ResponseEntity.created(URI.create("/api/v1/grids/patrols/" + uploaded.id())).body(PatrolJson.of(uploaded));
    }

    @Operation(summary = "我的巡查（按开始时间倒序）")
    @GetMapping("/mine")
    public Page mine(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit, Actor actor) {
        checkPage(offset, limit);
        return new Page(patrols.mine(actor, from(from), to(to), offset, limit).stream().map(PatrolJson::of).toList());
    }

    @Operation(summary = "辖区内网格员的巡查（街乡镇工作人员、督办、系统管理员）")
    @GetMapping
    public Page inScope(@RequestParam(required = false) String scope, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int offset,
                        @RequestParam(defaultValue = "50") int limit, Actor actor) {
        checkPage(offset, limit);
        String code = scope == null || scope.isBlank() ? actor.scopeCode() : scope.strip();
        if (!code.isEmpty() && !code.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw new BadRequestException("区划代码应为 6、9 或 12 位数字");
        }
        return new Page(patrols.inScope(actor, code, from(from), to(to), offset, limit).stream().map(PatrolJson::of).toList());
    }

    @Operation(summary = "一次巡查及其经过的单元网格")
    @GetMapping("/{id}")
    public PatrolJson get(@PathVariable long id, Actor actor) {
        return PatrolJson.of(patrols.get(id, actor), patrols.cells(id, actor));
    }

    @Operation(summary = "一次巡查的轨迹（GeoJSON 线，WGS-84）")
    @GetMapping(path = "/{id}/track", produces = "application/geo+json")
    public TrackJson track(@PathVariable long id, Actor actor) {
        return TrackJson.of(patrols.get(id, actor), patrols.points(id, actor));
    }

    @Operation(summary = "网格员的巡查覆盖：按日或按周，哪些单元网格巡查过、哪些多日未巡查")
    @GetMapping("/coverage")
    public CoverageReport coverage(@RequestParam(required = false) String worker,
                                   @RequestParam(defaultValue = "day") String period,
                                   @RequestParam(required = false) String date, Actor actor) {
        return coverage.report(worker, period, date, actor);
    }

    @Operation(summary = "巡查覆盖地图：网格员负责的每个单元网格（GeoJSON 面），附巡查次数和是否多日未巡查")
    @GetMapping(path = "/coverage/cells", produces = "application/geo+json")
    public ResponseEntity<byte[]> coverageCells(@RequestParam(required = false) String worker,
                                                @RequestParam(defaultValue = "day") String period,
                                                @RequestParam(required = false) String date, Actor actor) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(coverageMap.geoJson(coverage.report(worker, period, date, actor)));
    }

    private TrackPoint position(PositionJson p, int number, Datum datum) {
        if (p == null || p.lon() == null || p.lat() == null || p.time() == null) {
            throw new BadRequestException("第 " + number + " 个位置应有经度、纬度和时间");
        }
        Instant time;
        try {
            time = p.time().length() > 40 ? null : Instant.parse(p.time().strip());
        } catch (java.time.format.DateTimeParseException e) {
            time = null;
        }
        if (time == null) {
            throw new BadRequestException("第 " + number + " 个位置的时间应为带时区的标准时间（如 2026-05-01T08:00:00Z）");
        }
        Coordinate wgs84;
        try {
            wgs84 = Coordinates.toWgs84(p.lon(), p.lat(), datum);
        } catch (BadRequestException e) {
            throw new BadRequestException("第 " + number + " 个位置：" + e.getMessage());
        }
        try {
            return new TrackPoint(wgs84.x, wgs84.y, time);
        } catch (TrackException e) {
            throw new BadRequestException("第 " + number + " 个位置：" + e.getMessage());
        }
    }

    private void checkPage(int offset, int limit) {
        if (offset < 0 || offset > 100_000 || limit < 1 || limit > settings.maxPageSize()) {
            throw new BadRequestException("分页起点应在 0 到 100000 之间，每页条数应在 1 到 " + settings.maxPageSize() + " 之间");
        }
    }

    /** The start of a day (ISO date) in the patrol zone; 30 days ago by default. */
    private Instant from(String date) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
        return day(date, today.minusDays(30)).atStartOfDay(settings.zone()).toInstant();
    }

    /** The end of a day (ISO date, inclusive) in the patrol zone; tomorrow's start by default. */
    private Instant to(String date) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
        return day(date, today).plusDays(1).atStartOfDay(settings.zone()).toInstant();
    }

    private static LocalDate day(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                throw new BadRequestException("日期应在 2000 年到 2100 年之间");
            }
            return day;
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("日期应为 年-月-日（如 2026-05-01）");
        }
    }
}
