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
        throw new IllegalArgumentException("unknown admin level '" + id + "': expected district, township or village");
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
        throw new IllegalArgumentException("'" + code + "' is not a 6, 9 or 12 digit division code");
    }
}
