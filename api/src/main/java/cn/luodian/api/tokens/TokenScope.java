package cn.luodian.api.tokens;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.EnumIds;
import java.util.Locale;
import java.util.Set;

/** What a token may do: read only, or whatever its user's role may do. */
public enum TokenScope {
    READ("只读"),
    WRITE("读写");

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String chineseName;

    TokenScope(String chineseName) {
        this.chineseName = chineseName;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chineseName() {
        return chineseName;
    }

    /** True when a request with this HTTP method is within the scope. */
    boolean allows(String method) {
        return this == WRITE || SAFE_METHODS.contains(method);
    }

    static TokenScope parse(String input) {
        try {
            return EnumIds.parse(values(), TokenScope::id, input, "");
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("令牌权限应为只读或读写");
        }
    }
}
