package cn.luodian.api.tiles;

import cn.luodian.api.security.Actor;
import cn.luodian.api.system.CredentialsRefusedException;
import cn.luodian.api.system.LuodianProperties;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may read the tiles drawn from cases (the {@code cases} vector layer, heat, hotspots): anyone
 * signed in, and anonymous users only when {@code luodian.security.open-case-tiles} (and the
 * reference reads) are on. Checked by the controllers on the layers a request actually names, so
 * no spelling of a layer list (an encoded comma, another order) gets past it.
 */
@Component
class CaseTileAccess {
    private final boolean openToAnonymous;

    CaseTileAccess(LuodianProperties properties) {
        this.openToAnonymous = properties.security().caseTilesOpen();
    }

    /** True when anyone may read case tiles, so shared caches may keep them. */
    boolean openToAnonymous() {
        return openToAnonymous;
    }

    boolean readable(Optional<Actor> caller) {
        return openToAnonymous || caller.isPresent();
    }

    /** 401 problem+json for an anonymous caller while case tiles are closed. */
    void check(Optional<Actor> caller) {
        if (!readable(caller)) {
            throw new CredentialsRefusedException("查看案件瓦片需要登录");
        }
    }
}
