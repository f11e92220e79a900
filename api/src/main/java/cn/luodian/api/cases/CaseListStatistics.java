package cn.luodian.api.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the stored cases are spread, for choosing how to read a list (see {@link H2ListPlanner}):
 * counts per (state, 小类), per township and per cell of {@value #CELL_DEGREES}° in longitude and
 * latitude. Estimates multiply the shares as if the dimensions were independent; they steer the
 * choice of an index and never change an answer.
 */
record CaseListStatistics(long total, Map<String, Map<String, Long>> byStateAndCategory,
                          Map<String, Long> byState, Map<String, Long> byTownship, Map<Long, Long> byCell) {
    static final double CELL_DEGREES = 0.05;

    static CaseListStatistics read(JdbcTemplate jdbc) {
        Map<String, Map<String, Long>> byStateAndCategory = new HashMap<>();
        Map<String, Long> byState = new HashMap<>();
        long[] total = {0};
        jdbc.query("SELECT state, category_code, COUNT(*) AS n FROM city_case GROUP BY state, category_code", rs -> {
            long n = rs.getLong("n");
            byStateAndCategory.computeIfAbsent(rs.getString("state"), s -> new HashMap<>()).put(rs.getString("category_code"), n);
            byState.merge(rs.getString("state"), n, Long::sum);
            total[0] += n;
        });
        Map<String, Long> byTownship = new HashMap<>();
        jdbc.query("SELECT township_code, COUNT(*) AS n FROM city_case WHERE township_code IS NOT NULL GROUP BY township_code",
                rs -> {
                    byTownship.put(rs.getString("township_code"), rs.getLong("n"));
                });
        Map<Long, Long> byCell = new HashMap<>();
        jdbc.query("SELECT CAST(FLOOR(lon / ?) AS INT) AS cx, CAST(FLOOR(lat / ?) AS INT) AS cy, COUNT(*) AS n "
                + "FROM city_case GROUP BY cx, cy", rs -> {
                    byCell.put(cellKey(rs.getInt("cx"), rs.getInt("cy")), rs.getLong("n"));
                }, CELL_DEGREES, CELL_DEGREES);
        return new CaseListStatistics(total[0], byStateAndCategory, byState, byTownship, byCell);
    }

    /** Cases whose state is in {@code states} (null: any) and whose 小类 is in {@code categories} (null: any). */
    long count(Set<CaseState> states, List<String> categories) {
        long n = 0;
        for (Map.Entry<String, Map<String, Long>> state : byStateAndCategory.entrySet()) {
            if (states != null && states.stream().noneMatch(s -> s.id().equals(state.getKey()))) {
                continue;
            }
            if (categories == null) {
                n += byState.getOrDefault(state.getKey(), 0L);
            } else {
                for (String category : categories) {
                    n += state.getValue().getOrDefault(category, 0L);
                }
            }
        }
        return n;
    }

    /** Cases in any of {@code states} (null: all cases). */
    long countInStates(Set<CaseState> states) {
        return states == null ? total : count(states, null);
    }

    /** The share of cases inside {@code bbox} (WGS-84), each cell counted by the part of it the box covers. */
    double spatialShare(Envelope bbox) {
        if (bbox == null || total == 0) {
            return 1;
        }
        double inside = 0;
        for (Map.Entry<Long, Long> cell : byCell.entrySet()) {
            double minX = (cell.getKey() >> 32) * CELL_DEGREES;
            double minY = (int) (long) cell.getKey() * CELL_DEGREES;
            Envelope cellBox = new Envelope(minX, minX + CELL_DEGREES, minY, minY + CELL_DEGREES);
            Envelope overlap = cellBox.intersection(bbox);
            if (!overlap.isNull()) {
                inside += cell.getValue() * overlap.getArea() / cellBox.getArea();
            }
        }
        return Math.min(1, inside / total);
    }

    /** The share of cases under an admin code (district: all; township or village: their township's). */
    double adminShare(String code) {
        if (code == null || code.length() < 9 || total == 0) {
            return 1;
        }
        return byTownship.getOrDefault(code.substring(0, 9), 0L) / (double) total;
    }

    static long cellKey(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }
}
