package cn.luodian.geo.layer;

import java.util.Locale;

/** 区 > 乡镇/街道 > 村/社区, each with the length of its official statistical code. */
public enum AdminLevel {
    DISTRICT("district", 6),
    TOWNSHIP("township", 9),
    VILLAGE("village", 12);

    private final String id;
    private final int codeLength;

    AdminLevel(String id, int codeLength) {
        this.id = id;
        this.codeLength = codeLength;
    }

    public String id() {
        return id;
    }

    public int codeLength() {
        return codeLength;
    }

    public static AdminLevel parse(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            for (AdminLevel level : values()) {
                if (level.id.equals(wanted)) {
                    return level;
                }
            }
        }
        throw new IllegalArgumentException("未知的行政级别 '" + id + "'：应为 district（区）、township（乡镇/街道）或 village（村/社区）");
    }

    /** The level a code of this many digits names. */
    public static AdminLevel ofCode(String code) {
        if (code != null && code.chars().allMatch(Character::isDigit)) {
            for (AdminLevel level : values()) {
                if (level.codeLength == code.length()) {
                    return level;
                }
            }
        }
        throw new IllegalArgumentException("'" + code + "' 不是 6、9 或 12 位的行政区划代码");
    }
}
