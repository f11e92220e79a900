package cn.luodian.geo.locate;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The names in a sentence matched against the data: townships (also the informal "X地区" for
 * X镇/X乡/X街道), villages by bare name, and named roads, waterways and landmarks. Villages are
 * resolved first, since a village name is usually unique within a district and the published
 * lists get townships wrong ("潞县镇" for villages of 漷县镇).
 */
final class NameResolver {
    private final List<AdminArea> townships;
    private final Map<String, List<AdminArea>> villagesByName;
    private final Map<String, AdminArea> adminByCode;
    private final Map<String, List<Road>> roadsByName;
    private final Map<String, List<Waterway>> waterwaysByName;
    private final Map<String, List<Landmark>> landmarksByName;
    private final KnownNames knownNames;

    NameResolver(LayerBatch layers) {
        List<AdminArea> admin = layers.features(Layer.ADMIN, AdminArea.class).stream()
                .sorted(Comparator.comparing(AdminArea::code)).toList();
        townships = admin.stream().filter(a -> a.level() == AdminLevel.TOWNSHIP).toList();
        villagesByName = admin.stream().filter(a -> a.level() == AdminLevel.VILLAGE)
                .collect(Collectors.groupingBy(AdminArea::name, LinkedHashMap::new, Collectors.toList()));
        adminByCode = admin.stream().collect(Collectors.toMap(AdminArea::code, a -> a, (a, b) -> a));
        roadsByName = layers.features(Layer.ROADS, Road.class).stream().filter(Road::isNamed)
                .collect(Collectors.groupingBy(Road::name, LinkedHashMap::new, Collectors.toList()));
        waterwaysByName = layers.features(Layer.WATERWAYS, Waterway.class).stream().filter(Waterway::isNamed)
                .collect(Collectors.groupingBy(Waterway::name, LinkedHashMap::new, Collectors.toList()));
        landmarksByName = layers.features(Layer.LANDMARKS, Landmark.class).stream()
                .collect(Collectors.groupingBy(Landmark::name, LinkedHashMap::new, Collectors.toList()));
        knownNames = KnownNames.of(Map.of(
                NameKind.TOWNSHIP, townships.stream().map(AdminArea::name).toList(),
                NameKind.VILLAGE, List.copyOf(villagesByName.keySet()),
                NameKind.ROAD, List.copyOf(roadsByName.keySet()),
                NameKind.WATERWAY, List.copyOf(waterwaysByName.keySet()),
                NameKind.LANDMARK, List.copyOf(landmarksByName.keySet())));
    }

    KnownNames knownNames() {
        return knownNames;
    }

    /** Townships of that name, or for "X地区" the township X镇, X乡 or X街道. */
    List<AdminArea> townships(String name) {
        if (name == null) {
            return List.of();
        }
        List<AdminArea> exact = townships.stream().filter(t -> t.name().equals(name)).toList();
        if (!exact.isEmpty() || !name.endsWith("地区")) {
            return exact;
        }
        String stem = name.substring(0, name.length() - 2);
        return townships.stream().filter(t -> t.name().equals(stem + "镇") || t.name().equals(stem + "乡")
                || t.name().equals(stem + "街道")).toList();
    }

    List<AdminArea> villages(String name) {
        return name == null ? List.of() : villagesByName.getOrDefault(name, List.of());
    }

    AdminArea parentOf(AdminArea area) {
        return area.parentCode() == null ? null : adminByCode.get(area.parentCode());
    }

    List<AdminArea> districts() {
        return adminByCode.values().stream().filter(a -> a.level() == AdminLevel.DISTRICT).toList();
    }

    List<Road> roads(String name) {
        return name == null ? List.of() : roadsByName.getOrDefault(name, List.of());
    }

    List<Waterway> waterways(String name) {
        return name == null ? List.of() : waterwaysByName.getOrDefault(name, List.of());
    }

    List<Landmark> landmarks(String name) {
        return name == null ? List.of() : landmarksByName.getOrDefault(name, List.of());
    }

    /** Villages of {@code name} inside one of {@code preferredTownships} when any is, else all of them. */
    List<AdminArea> villagesPreferring(String name, List<AdminArea> preferredTownships) {
        List<AdminArea> all = villages(name);
        List<AdminArea> inPreferred = new ArrayList<>();
        for (AdminArea village : all) {
            if (preferredTownships.stream().anyMatch(t -> t.code().equals(village.parentCode()))) {
                inPreferred.add(village);
            }
        }
        return inPreferred.isEmpty() ? all : inPreferred;
    }
}
