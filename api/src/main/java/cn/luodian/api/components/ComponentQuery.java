package cn.luodian.api.components;

import org.locationtech.jts.geom.Envelope;

/**
 * A search of the stored components: every criterion optional (null), all of them together. Codes
 * match by prefix (the district, then 大类 and 小类 lead the code); {@code categoryCode} is a 小类
 * (B0101) or a whole 大类 (B01); {@code box} is WGS-84. One bounded page, by code or newest change first.
 */
public record ComponentQuery(String codePrefix, String categoryCode, String ownerUnit, String status,
                             Envelope box, String gridCellCode, Order order, int offset, int limit) {
    public static final int MAX_LIMIT = 500;
    public static final int MAX_OFFSET = 100_000;

    /** How a page is sorted. */
    public enum Order { CODE, NEWEST }

    public ComponentQuery {
        if (codePrefix != null && !codePrefix.matches("[0-9]{1,16}")) {
            throw new IllegalArgumentException("部件标识码前缀应为 1 到 16 位数字");
        }
        if (categoryCode != null && !categoryCode.matches("B[0-9]{2}([0-9]{2})?")) {
            throw new IllegalArgumentException("小类代码应为 B 加 4 位数字，如 B0101；大类代码为 B 加 2 位数字，如 B01");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("每页部件数应在 1 到 " + MAX_LIMIT + " 之间");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("起始位置应在 0 到 " + MAX_OFFSET + " 之间");
        }
        order = order == null ? Order.CODE : order;
    }

    /** Every component, by code, {@code limit} at a time. */
    public static ComponentQuery all(int offset, int limit) {
        return new ComponentQuery(null, null, null, null, null, null, Order.CODE, offset, limit);
    }
}
