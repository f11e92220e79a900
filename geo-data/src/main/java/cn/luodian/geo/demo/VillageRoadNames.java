package cn.luodian.geo.demo;

import cn.luodian.geo.layer.DivisionCode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names for the demo's village roads, made from the village's name as locals do: a 村 gets a ring
 * road "{名}环路" (长凌营村 → 长凌营环路), a 社区 a street "{名}路", or its own name where that is
 * already a street (中山街社区 → 中山街). A name already taken — two 何各庄村 in different
 * townships — gets the township's name in front (西集何各庄环路), so no two roads share a name.
 */
final class VillageRoadNames {
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("回族乡", "街道", "镇", "乡");
    private static final List<String> COMMUNITY_NOISE = List.of("商务公寓工作站", "街道虚拟");

    private final Set<String> taken = new HashSet<>();

    VillageRoadNames(Collection<String> namesInUse) {
        taken.addAll(namesInUse);
    }

    /** Takes the road name for a village; {@code townshipName} is the township's bare name. */
    String claim(DivisionCode village, String townshipName) {
        String name = VillageLayout.isVillageCommittee(village)
                ? villageStem(village.bareName()) + "环路"
                : communityStreet(village.bareName(), townshipName);
        if (!taken.add(name)) {
            name = shortTownshipName(townshipName) + name;
            if (!taken.add(name)) {
                throw new IllegalStateException("the road name " + name + " is taken twice");
            }
        }
        return name;
    }

    /** "长凌营村" → "长凌营". */
    static String villageStem(String bareName) {
        return bareName.endsWith("村") && bareName.length() > 1 ? bareName.substring(0, bareName.length() - 1) : bareName;
    }

    /**
     * "复兴南里社区" → "复兴南里"; the words that only say a community is a registration unit are
     * dropped ("保利绿地商务公寓工作站社区" → "保利绿地"), which may leave nothing.
     */
    static String communityStem(String bareName) {
        String stem = bareName.endsWith("社区") ? bareName.substring(0, bareName.length() - 2) : bareName;
        for (String noise : COMMUNITY_NOISE) {
            stem = stem.replace(noise, "");
        }
        return stem;
    }

    /** "于家务回族乡" → "于家务", "中仓街道" → "中仓". */
    static String shortTownshipName(String townshipName) {
        for (String suffix : TOWNSHIP_SUFFIXES) {
            if (townshipName.endsWith(suffix) && townshipName.length() > suffix.length()) {
                return townshipName.substring(0, townshipName.length() - suffix.length());
            }
        }
        return townshipName;
    }

    private static String communityStreet(String bareName, String townshipName) {
        String stem = communityStem(bareName);
        if (stem.isEmpty()) {
            return shortTownshipName(townshipName) + "商务街";
        }
        return stem.endsWith("街") || stem.endsWith("路") ? stem : stem + "路";
    }
}
