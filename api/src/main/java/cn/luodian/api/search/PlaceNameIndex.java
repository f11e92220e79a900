package cn.luodian.api.search;

import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Every named place of one reference snapshot, in memory, for the search box: admin areas by name
 * and code, grid cells by code, roads and water by name (the segments of one name put together),
 * landmarks one by one. Built once per snapshot ({@link PlaceSearch}); a search is a scan of a few
 * thousand names and codes, no database work.
 */
final class PlaceNameIndex {
    private final List<PlaceEntry> named;
    private final List<PlaceEntry> cells;

    private PlaceNameIndex(List<PlaceEntry> named, List<PlaceEntry> cells) {
        this.named = named;
        this.cells = cells;
    }

    int size() {
        return named.size() + cells.size();
    }

    /** A place found and how well: 0 exact, 1 prefix, 2 contains. */
    record Match(PlaceEntry entry, int rank) {
    }

    /** Up to {@code perKind} matches of each kind, best first (exact, prefix, contains; shorter names first). */
    Map<PlaceKind, List<Match>> search(String query, int perKind) {
        Map<PlaceKind, List<Match>> found = new LinkedHashMap<>();
        boolean digits = query.chars().allMatch(c -> c >= '0' && c <= '9');
        for (PlaceEntry entry : named) {
            int rank = Math.min(rank(entry.name(), query), entry.code() == null || !digits ? 3 : rank(entry.code(), query));
            if (rank < 3) {
                found.computeIfAbsent(entry.kind(), k -> new ArrayList<>()).add(new Match(entry, rank));
            }
        }
        if (digits && query.length() >= 3) {
            List<Match> matches = new ArrayList<>();
            for (PlaceEntry cell : cells) {
                int rank = rank(cell.code(), query);
                if (rank < 3) {
                    matches.add(new Match(cell, rank));
                }
            }
            if (!matches.isEmpty()) {
                found.put(PlaceKind.GRID, matches);
            }
        }
        Comparator<Match> best = Comparator.comparingInt(Match::rank).thenComparingInt(m -> m.entry().name().length())
                .thenComparing(m -> m.entry().name()).thenComparing(m -> String.valueOf(m.entry().parent()));
        Map<PlaceKind, List<Match>> top = new LinkedHashMap<>();
        found.forEach((kind, matches) -> top.put(kind, matches.stream().sorted(best).limit(perKind).toList()));
        return top;
    }

    private static int rank(String text, String query) {
        return text.equals(query) ? 0 : text.startsWith(query) ? 1 : text.contains(query) ? 2 : 3;
    }

    static PlaceNameIndex build(ReferenceIndex reference) {
        Map<String, AdminArea> areas = new HashMap<>();
        reference.layers().features(Layer.ADMIN, AdminArea.class).forEach(a -> areas.put(a.code(), a));
        Locator where = new Locator(reference);
        List<PlaceEntry> named = new ArrayList<>();
        for (AdminArea area : areas.values()) {
            PlaceKind kind = switch (area.level()) {
                case DISTRICT -> PlaceKind.DISTRICT;
                case TOWNSHIP -> PlaceKind.TOWNSHIP;
                case VILLAGE -> PlaceKind.VILLAGE;
            };
            AdminArea parent = area.parentCode() == null ? null : areas.get(area.parentCode());
            Point inside = area.geometry().getInteriorPoint();
            named.add(new PlaceEntry(kind, area.name(), area.code(), parent == null ? null : parent.name(),
                    inside.getX(), inside.getY(), area.geometry().getEnvelopeInternal(), List.of()));
        }
        named.addAll(lines(PlaceKind.ROAD, reference.layers().features(Layer.ROADS, Road.class).stream()
                .filter(Road::isNamed).collect(Collectors.groupingBy(Road::name, LinkedHashMap::new,
                        Collectors.mapping(Road::geometry, Collectors.toList()))), where));
        named.addAll(lines(PlaceKind.WATER, reference.layers().features(Layer.WATERWAYS, Waterway.class).stream()
                .filter(Waterway::isNamed).collect(Collectors.groupingBy(Waterway::name, LinkedHashMap::new,
                        Collectors.mapping(Waterway::geometry, Collectors.toList()))), where));
        for (Landmark landmark : reference.layers().features(Layer.LANDMARKS, Landmark.class)) {
            Point inside = landmark.geometry().getInteriorPoint();
            named.add(new PlaceEntry(PlaceKind.LANDMARK, landmark.name(), null, where.villageAndTownship(inside.getCoordinate()),
                    inside.getX(), inside.getY(), landmark.geometry().getEnvelopeInternal(), List.of(landmark.geometry())));
        }
        List<PlaceEntry> cells = new ArrayList<>();
        for (GridCell cell : reference.layers().features(Layer.GRID, GridCell.class)) {
            Point inside = cell.geometry().getInteriorPoint();
            AdminArea village = cell.villageCode() == null ? null : areas.get(cell.villageCode());
            AdminArea township = village == null || village.parentCode() == null ? null : areas.get(village.parentCode());
            String parent = village == null ? null : township == null ? village.name() : village.name() + " · " + township.name();
            cells.add(new PlaceEntry(PlaceKind.GRID, cell.code(), cell.code(), parent, inside.getX(), inside.getY(),
                    cell.geometry().getEnvelopeInternal(), List.of()));
        }
        cells.sort(Comparator.comparing(PlaceEntry::code));
        return new PlaceNameIndex(List.copyOf(named), List.copyOf(cells));
    }

    /** One entry per road or water name: its segments, their extent, and the (at most two) townships most of them lie in. */
    private static List<PlaceEntry> lines(PlaceKind kind, Map<String, List<Geometry>> byName, Locator where) {
        List<PlaceEntry> entries = new ArrayList<>();
        byName.forEach((name, parts) -> {
            Envelope bbox = new Envelope();
            Map<String, Integer> townships = new HashMap<>();
            Geometry longest = parts.get(0);
            for (Geometry part : parts) {
                bbox.expandToInclude(part.getEnvelopeInternal());
                where.township(part.getInteriorPoint().getCoordinate()).ifPresent(t -> townships.merge(t, 1, Integer::sum));
                if (part.getLength() > longest.getLength()) {
                    longest = part;
                }
            }
            String parent = townships.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(2).map(Map.Entry::getKey).collect(Collectors.joining("、"));
            Point middle = longest.getInteriorPoint();
            entries.add(new PlaceEntry(kind, name, null, parent, middle.getX(), middle.getY(), bbox, parts));
        });
        return entries;
    }

    /** The township and village names at a WGS-84 point. */
    private record Locator(ReferenceIndex reference) {

        Optional<String> township(Coordinate lonLat) {
            return area(AdminLevel.TOWNSHIP, lonLat).map(AdminArea::name);
        }

        String villageAndTownship(Coordinate lonLat) {
            Optional<String> village = area(AdminLevel.VILLAGE, lonLat).map(AdminArea::name);
            Optional<String> township = township(lonLat);
            return village.map(v -> township.map(t -> v + " · " + t).orElse(v)).orElse(township.orElse(null));
        }

        private Optional<AdminArea> area(AdminLevel level, Coordinate lonLat) {
            Coordinate m = reference.projection().toMetric(lonLat.x, lonLat.y);
            return reference.admin(level).find(m.x, m.y);
        }
    }
}
