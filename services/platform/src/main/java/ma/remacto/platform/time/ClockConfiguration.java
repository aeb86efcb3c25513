package ma.remacto.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * One clock for the whole service, in the platform's legal time zone, and its calendar day; tests replace the clock to
 * control time.
 */
@AutoConfiguration
public class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock(@Value("${remacto.time-zone:Africa/Casablanca}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Bean
    @ConditionalOnMissingBean
    public Today today(Clock clock, @Value("${remacto.time-zone:Africa/Casablanca}") String zone) {
        return new Today(clock, ZoneId.of(zone));
    }
}
