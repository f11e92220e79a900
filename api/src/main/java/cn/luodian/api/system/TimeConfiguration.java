package cn.luodian.api.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock everything reads the time from, so that tests can move it. */
@Configuration
public class TimeConfiguration {

    @Bean
    public AppClock clock() {
        return new AppClock(Clock.systemUTC());
    }
}
