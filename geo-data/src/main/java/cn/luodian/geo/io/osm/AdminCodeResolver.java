package cn.luodian.geo.io.osm;

import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.OfficialNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The official division code of an OSM boundary: a code tag when the mappers gave one, otherwise
 * the boundary's name looked up in the gazetteer. A name that matches nothing, or several codes
 * that the enclosing areas cannot tell apart, is not resolved: a wrong code would file cases
 * under the wrong township, which is worse than a missing area.
 */
final class AdminCodeResolver {

    sealed interface Result permits Resolved, Unresolved {
    }

    /** {@code name} is the bare name people write ("长凌营村", not "长凌营村村委会"). */
    record Resolved(String code, String name) implements Result {
    }

    record Unresolved(String reason) implements Result {
    }

    private final Map<String, DivisionCode> byCode = new HashMap<>();
    private final Map<String, List<DivisionCode>> byName = new HashMap<>();

    AdminCodeResolver(List<DivisionCode> gazetteer) {
        for (DivisionCode entry : gazetteer) {
            byCode.put(entry.code(), entry);
            byName.computeIfAbsent(entry.officialName().strip(), k -> new ArrayList<>()).add(entry);
            if (!entry.bareName().equals(entry.officialName().strip())) {
                byName.computeIfAbsent(entry.bareName(), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /**
     * @param enclosingCodes codes of the already resolved areas one level up that contain this
     *                       boundary; a gazetteer candidate must lie in one of them when any is known
     */
    Result resolve(AdminLevel level, OsmTags tags, List<String> enclosingCodes) {
        for (String key : OsmFeatureRules.CODE_KEYS) {
            String value = tags.stripped(key);
            if (value.length() == level.codeLength() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                DivisionCode known = byCode.get(value);
                String name = known != null ? known.bareName() : OfficialNames.bareName(tags.name());
                return name.isEmpty() ? new Unresolved("code " + value + " from tag " + key + " but no name")
                        : new Resolved(value, name);
            }
        }
        Set<String> names = new LinkedHashSet<>(List.of(tags.stripped("name"), tags.stripped("name:zh")));
        names.remove("");
        if (names.isEmpty()) {
            return new Unresolved("no division code: no code tag and no name");
        }
        for (String name : names) {
            List<DivisionCode> candidates = candidates(name, level);
            if (!candidates.isEmpty()) {
                return choose(name, candidates, enclosingCodes);
            }
        }
        return new Unresolved("no division code: no code tag (" + String.join(", ", OsmFeatureRules.CODE_KEYS)
                + ") and the name is not in the gazetteer");
    }

    private List<DivisionCode> candidates(String name, AdminLevel level) {
        Set<DivisionCode> found = new LinkedHashSet<>();
        found.addAll(byName.getOrDefault(name, List.of()));
        found.addAll(byName.getOrDefault(OfficialNames.bareName(name), List.of()));
        return found.stream().filter(c -> c.level() == level).toList();
    }

    private static Result choose(String name, List<DivisionCode> candidates, List<String> enclosingCodes) {
        List<DivisionCode> inside = enclosingCodes.isEmpty() ? candidates
                : candidates.stream().filter(c -> enclosingCodes.stream().anyMatch(c.code()::startsWith)).toList();
        if (inside.size() == 1) {
            return new Resolved(inside.get(0).code(), inside.get(0).bareName());
        }
        if (inside.isEmpty()) {
            return new Unresolved("no division code: " + name + " matches " + codes(candidates)
                    + " in the gazetteer, none of them in the enclosing " + String.join(", ", enclosingCodes));
        }
        return new Unresolved("no division code: " + name + " matches " + codes(inside)
                + " in the gazetteer and the enclosing areas do not tell which");
    }

    private static String codes(List<DivisionCode> entries) {
        return entries.stream().map(DivisionCode::code).collect(Collectors.joining(", "));
    }
}
