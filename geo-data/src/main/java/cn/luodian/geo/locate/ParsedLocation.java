package cn.luodian.geo.locate;

import java.util.List;

/**
 * The parts of a location sentence ("潞县镇长凌营村距长凌营环路约124米,距北运河约465米" or
 * "梨园地区群芳中一街群芳三园西区80号楼北侧"), as written: a part that is absent is null. Names are
 * not resolved here: "梨园地区" stays "梨园地区", only official committee suffixes are dropped from a
 * village ("长凌营村村委会" → "长凌营村"). {@code side} is one of 东侧 … 西北侧. {@code warnings} says,
 * in English, what was noticed but not understood or not kept.
 */
public record ParsedLocation(
        String township,
        String village,
        String road,
        Integer roadDistanceMetres,
        String waterway,
        Integer waterwayDistanceMetres,
        String landmark,
        String side,
        List<String> warnings) {

    public ParsedLocation {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** True when not a single part was recognised. */
    public boolean isEmpty() {
        return township == null && village == null && road == null && roadDistanceMetres == null
                && waterway == null && waterwayDistanceMetres == null && landmark == null && side == null;
    }
}
