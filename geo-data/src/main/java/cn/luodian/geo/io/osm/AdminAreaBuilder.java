package cn.luodian.geo.io.osm;

import cn.luodian.geo.io.osm.OsmGeometries.UnusableGeometryException;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Admin areas from boundary relations, district first, then townships, then villages, so that
 * the areas already resolved one level up can pick between gazetteer entries of the same name.
 */
final class AdminAreaBuilder {
    private final MultipolygonAssembler assembler;
    private final AdminCodeResolver resolver;
    private final ExtractReport report;
    private final List<Resolved> resolved = new ArrayList<>();
    private final Map<String, String> elementByCode = new HashMap<>();

    /** An area resolved so far, prepared for the point-in-area tests of the levels below. */
    private record Resolved(AdminArea area, PreparedGeometry prepared) {
    }

    AdminAreaBuilder(MultipolygonAssembler assembler, AdminCodeResolver resolver, ExtractReport report) {
        this.assembler = assembler;
        this.resolver = resolver;
        this.report = report;
    }

    List<AdminArea> build(List<AreaRelation> relations) {
        for (AdminLevel level : AdminLevel.values()) {
            for (AreaRelation relation : relations) {
                if (relation.kind() == AreaRelation.Kind.ADMIN
                        && OsmFeatureRules.adminLevel(relation.tags()).orElseThrow() == level) {
                    buildOne(relation, level);
                }
            }
        }
        return resolved.stream().map(Resolved::area).toList();
    }

    private void buildOne(AreaRelation relation, AdminLevel level) {
        Geometry area;
        try {
            area = assembler.assemble(relation, true);
        } catch (UnusableGeometryException | TopologyException e) {
            report.skip(relation.element(), e.getMessage());
            return;
        }
        List<String> enclosing = enclosingCodes(area.getInteriorPoint(), level);
        AdminCodeResolver.Result result = resolver.resolve(level, relation.tags(), enclosing);
        if (result instanceof AdminCodeResolver.Unresolved unresolved) {
            report.skip(relation.element(), unresolved.reason());
            return;
        }
        AdminCodeResolver.Resolved code = (AdminCodeResolver.Resolved) result;
        String earlier = elementByCode.putIfAbsent(code.code(), relation.element());
        if (earlier != null) {
            report.skip(relation.element(), "division code " + code.code() + " is already taken by " + earlier);
            return;
        }
        AdminArea admin = new AdminArea(code.code(), code.name(), level, parentCode(code.code()), area);
        resolved.add(new Resolved(admin, PreparedGeometryFactory.prepare(area)));
    }

    /** Codes of the resolved areas at the nearest level above that contain the point. */
    private List<String> enclosingCodes(Point inside, AdminLevel level) {
        for (int above = level.ordinal() - 1; above >= 0; above--) {
            AdminLevel parentLevel = AdminLevel.values()[above];
            List<String> codes = resolved.stream()
                    .filter(r -> r.area().level() == parentLevel && r.prepared().covers(inside))
                    .map(r -> r.area().code())
                    .toList();
            if (!codes.isEmpty()) {
                return codes;
            }
        }
        return List.of();
    }

    /** Township and village codes contain their parent's; a district's parent is its province (110000). */
    static String parentCode(String code) {
        return switch (code.length()) {
            case 12 -> code.substring(0, 9);
            case 9 -> code.substring(0, 6);
            default -> code.substring(0, 2) + "0000";
        };
    }
}
