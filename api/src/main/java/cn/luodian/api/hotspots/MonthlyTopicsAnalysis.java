package cn.luodian.api.hotspots;

import cn.luodian.api.security.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 每月一题 ({@link MonthlyTopics}) as a hotspot analysis. Its answer is not a table of units: JSON
 * with the summary and both rankings, or as CSV the rankings one after the other (file named with
 * the month).
 */
@Component
class MonthlyTopicsAnalysis implements HotspotAnalysis {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final MonthlyTopics topics;

    MonthlyTopicsAnalysis(MonthlyTopics topics) {
        this.topics = topics;
    }

    @Override
    public String name() {
        return "monthly-topics";
    }

    @Override
    public HotspotAnswer run(HotspotRequest request, Actor actor) {
        return new Answer(topics.topics(request, actor));
    }

    private record Answer(MonthlyTopics.Report report) implements HotspotAnswer {

        @Override
        public ResponseEntity<byte[]> write(HotspotFormat format, String name) {
            if (format == HotspotFormat.CSV) {
                return format.answer(MonthlyTopicsTable.of(report), name + "-" + report.month());
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("parameters", report.parameters());
            body.put("summary", Map.of("cases", report.cases(), "previousCases", report.previousCases()));
            body.put("byCount", report.byCount());
            body.put("byGrowth", report.byGrowth());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(MAPPER.writeValueAsBytes(body));
        }
    }
}
