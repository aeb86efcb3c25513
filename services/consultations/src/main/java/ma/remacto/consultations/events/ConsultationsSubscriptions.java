package ma.remacto.consultations.events;

import java.util.List;

import ma.remacto.consultations.application.CopyIdeationAxes;
import ma.remacto.platform.events.EventSubscription;
import ma.remacto.platform.events.Topics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What consultations consumes besides the members topic: ideation's axes, to check ideas collected at meetings. */
@Configuration(proxyBeanMethods = false)
public class ConsultationsSubscriptions {

    public static final String AXES = "consultations.ideation-axes";

    @Bean
    EventSubscription ideationAxesSubscription(CopyIdeationAxes copy) {
        return new EventSubscription(AXES, List.of(Topics.IDEATION), copy::apply);
    }
}
