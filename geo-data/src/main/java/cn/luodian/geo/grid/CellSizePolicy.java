package cn.luodian.geo.grid;

import cn.luodian.geo.layer.AdminArea;

/**
 * The side of the lattice square a village's unit grid starts from, in metres. The generator may
 * grow it for one village to keep that village under 999 cells.
 */
@FunctionalInterface
public interface CellSizePolicy {

    double cellSizeMetres(AdminArea village);

    /** Every village gets the same lattice. */
    static CellSizePolicy uniform(double cellSizeMetres) {
        requirePositive(cellSizeMetres);
        return village -> cellSizeMetres;
    }

    /**
     * Small cells where people live densely, large cells in farmland: "万米单元网格" means about
     * 100 m × 100 m in built-up areas, while a 村 of fields needs far fewer cells to patrol.
     */
    static CellSizePolicy builtUpAndFarmland(double builtUpMetres, double farmlandMetres) {
        requirePositive(builtUpMetres);
        requirePositive(farmlandMetres);
        return village -> isBuiltUp(village.code()) ? builtUpMetres : farmlandMetres;
    }

    /**
     * True for every community of a 街道 (township digits 7–9 start with 0) and for every 居委会 or
     * virtual community of a 镇/乡. The statistical coding gives 村委会 the sequence 200–399 (digits
     * 10–12), so only those, outside a 街道, count as farmland.
     */
    static boolean isBuiltUp(String villageCode) {
        if (villageCode == null || villageCode.length() != 12) {
            throw new IllegalArgumentException("'" + villageCode + "' 不是 12 位村/社区代码");
        }
        boolean inStreet = villageCode.charAt(6) == '0';
        int sequence = Integer.parseInt(villageCode.substring(9));
        boolean villageCommittee = sequence >= 200 && sequence < 400;
        return inStreet || !villageCommittee;
    }

    private static void requirePositive(double metres) {
        if (!(metres > 0)) {
            throw new IllegalArgumentException("网格大小必须为正数，实为 " + metres);
        }
    }
}
