package cn.luodian.geo.layer;

import java.util.Objects;

/**
 * One row of the official statistical division codes (统计用区划代码): a district, township or
 * village/community, with its official name ("长凌营村村委会") and the bare name people write ("长凌营村").
 */
public record DivisionCode(String code, String officialName, AdminLevel level, String parentCode) {

    public DivisionCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(officialName, "officialName");
        if (AdminLevel.ofCode(code) != level) {
            throw new IllegalArgumentException("代码 " + code + " 不是 " + level.id() + " 级别的代码");
        }
    }

    public DivisionCode(String code, String officialName, String parentCode) {
        this(code, officialName, AdminLevel.ofCode(code), parentCode);
    }

    public String bareName() {
        return OfficialNames.bareName(officialName);
    }
}
