package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** luodian.security's public base URL, allowed origins and login lock settings: normalised, or refused at start-up. */
class SecuritySettingsTest {
    private static final LuodianProperties.Login LOGIN = new LuodianProperties.Login(5, 30, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void originsAreNormalised() {
        LuodianProperties.Security security = new LuodianProperties.Security(true, "", LOGIN, " HTTPS://Luodian.Example.CN:8443/gis/ ",
                List.of("https://Desk.Example.cn", " "), false);
        assertThat(security.publicBaseUrl()).isEqualTo("https://luodian.example.cn:8443/gis");
        assertThat(security.allowedOrigins()).containsExactly("https://desk.example.cn");
        assertThat(new LuodianProperties.Security(true, null, LOGIN, null, null, false).publicBaseUrl()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://luodian.example.cn", "luodian.example.cn", "https://user@luodian.example.cn",
        "https://luodian.example.cn/?q=1", "https://luodian.example.cn/#x", "https://[bad"})
    void aBadBaseUrlStopsStartUp(String url) {
        assertThatThrownBy(() -> new LuodianProperties.Security(true, "", LOGIN, url, List.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAllowedOriginHasNoPath() {
        assertThatThrownBy(() -> new LuodianProperties.Security(true, "", LOGIN, "", List.of("https://a.example/desk"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不带路径");
    }

    @Test
    void lockDurationsAreBetweenASecondAndADay() {
        assertThatThrownBy(() -> new LuodianProperties.Login(5, 30, Duration.ZERO, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LuodianProperties.Login(5, 30, Duration.ofMinutes(15), Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
