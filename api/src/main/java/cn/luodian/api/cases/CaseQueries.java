package cn.luodian.api.cases;

import cn.luodian.api.system.JdbcTimes;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The WHERE clause of a case list, shared by the list and its count. A category prefix (大类 or
 * 小类) arrives as the taxonomy codes it covers ({@code category_code} references the taxonomy, so
 * the two are the same set): {@code category_code IN (…)} can use the state/category index under a
 * prepared statement's generic plan, where {@code LIKE ?} cannot (PostgreSQL switches to a generic
 * plan after a few executions; the list then read the whole table, 0.4–0.9 s over 1,000,000 cases).
 */
final class CaseQueries {

    private CaseQueries() {
    }

    /**
     * {@code categoryCodes}: the codes the filter's category prefix covers, or null when it has none.
     * {@code categoryAsRange}: the category prefix as the range of codes it covers instead of the
     * list (H2 only: there an IN list looked up in the category index returned some rows twice,
     * H2 2.4.240; code-point order, as in H2, makes the range exact).
     */
    static String where(CaseFilter f, List<String> categoryCodes, boolean categoryAsRange, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (f.bbox() != null) {
            sql.append(" AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
            args.addAll(List.of(f.bbox().getMinX(), f.bbox().getMinY(), f.bbox().getMaxX(), f.bbox().getMaxY()));
        }
        if (f.adminCode() != null) {
            sql.append(" AND ").append(codeColumn(f.adminCode())).append(" = ?");
            args.add(f.adminCode());
        }
        if (f.gridCellCode() != null) {
            sql.append(" AND grid_cell_code = ?");
            args.add(f.gridCellCode());
        }
        if (categoryCodes != null) {
            if (categoryCodes.isEmpty()) {
                sql.append(" AND 1 = 0");
            } else if (categoryAsRange) {
                String prefix = f.categoryPrefix();
                sql.append(" AND category_code >= ? AND category_code < ?");
                args.add(prefix);
                args.add(prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1));
            } else {
                sql.append(" AND category_code IN (").append(categoryCodes.stream().map(c -> "?").collect(Collectors.joining(", ")))
                        .append(")");
                args.addAll(categoryCodes);
            }
        }
        if (f.states() != null && !f.states().isEmpty()) {
            sql.append(" AND state IN (").append(f.states().stream().map(s -> "?").collect(Collectors.joining(", "))).append(")");
            f.states().stream().sorted().forEach(s -> args.add(s.id()));
        }
        if (f.receivedFrom() != null) {
            sql.append(" AND received_at >= ?");
            args.add(JdbcTimes.time(f.receivedFrom()));
        }
        if (f.receivedTo() != null) {
            sql.append(" AND received_at < ?");
            args.add(JdbcTimes.time(f.receivedTo()));
        }
        if (f.overdue() != null) {
            sql.append(" AND overdue = ?");
            args.add(f.overdue());
        }
        if (f.scopeCode() != null && !f.scopeCode().isEmpty()) {
            sql.append(" AND ").append(codeColumn(f.scopeCode())).append(" = ?");
            args.add(f.scopeCode());
        }
        if (f.unitId() != null) {
            sql.append(" AND unit_id = ?");
            args.add(f.unitId());
        }
        if (f.gridWorker() != null) {
            sql.append(" AND grid_worker = ?");
            args.add(f.gridWorker());
        }
        if (f.sources() != null) {
            sql.append(f.sources().isEmpty() ? " AND 1 = 0" : " AND source IN (" + "?, ".repeat(f.sources().size() - 1) + "?)");
            f.sources().stream().map(CaseSource::id).sorted().forEach(args::add);
        }
        sql.append(workerClause(f, args));
        return sql.toString();
    }

    /**
     * A grid worker's limit: the cases in the cells of their grids, those they reported and those
     * placed with them as the cell's worker; "" for none.
     */
    static String workerClause(CaseFilter f, List<Object> args) {
        if (f.workerCells() == null) {
            return "";
        }
        StringBuilder sql = new StringBuilder(" AND (created_by = ? OR grid_worker = ?");
        args.add(f.reporter());
        args.add(f.reporter());
        for (int i = 0; i < f.workerCells().size(); i += 1000) {
            List<String> chunk = f.workerCells().subList(i, Math.min(f.workerCells().size(), i + 1000));
            sql.append(" OR grid_cell_code IN (").append(chunk.stream().map(c -> "?").collect(Collectors.joining(", ")))
                    .append(")");
            args.addAll(chunk);
        }
        return sql.append(")").toString();
    }

    /** The column an admin code of this length is compared with. */
    static String codeColumn(String code) {
        return switch (code.length()) {
            case 6 -> "district_code";
            case 9 -> "township_code";
            case 12 -> "village_code";
            default -> throw new IllegalArgumentException("'" + code + "' 不是 6、9 或 12 位的行政区划代码");
        };
    }
}
