package cn.luodian.api.security;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The name a person reads for who did something: a user's display name (坐席员（示例）), or for the
 * system's own actors what they are (市民上报接口, 数据导入). The username stays in the audit log.
 */
@Component
public class ActorNames {
    private static final Map<String, String> SYSTEM = Map.of(
            "open311", "市民上报接口",
            "import-cases", "热线数据导入",
            "luodian", "系统",
            "luodian-demo", "示例数据",
            "hotspot-tiles", "系统");

    private final UserAccounts users;

    public ActorNames(UserAccounts users) {
        this.users = users;
    }

    public String nameOf(String username) {
        if (username == null) {
            return "系统";
        }
        String system = SYSTEM.get(username);
        if (system != null) {
            return system;
        }
        return users.find(username).map(UserRecord::displayName).filter(n -> n != null && !n.isBlank()).orElse(username);
    }
}
