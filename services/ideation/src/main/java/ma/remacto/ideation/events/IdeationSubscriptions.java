package ma.remacto.ideation.events;

import java.util.List;

import ma.remacto.ideation.application.LinkIdeasToProjects;
import ma.remacto.ideation.application.RecordMeetingIdeas;
import ma.remacto.platform.events.EventSubscription;
import ma.remacto.platform.events.Topics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What ideation consumes besides the members topic: the projects its ideas fed, ideas collected at meetings. */
@Configuration(proxyBeanMethods = false)
public class IdeationSubscriptions {

    public static final String PROJECT_LINKS = "ideation.project-links";
    public static final String WORKSHOP_IDEAS = "ideation.workshop-ideas";

    @Bean
    EventSubscription projectLinksSubscription(LinkIdeasToProjects link) {
        return new EventSubscription(PROJECT_LINKS, List.of(Topics.PROJECTS), link::apply);
    }

    /** Ideas collected at meetings (consultations), recorded as workshop batches. */
    @Bean
    EventSubscription workshopIdeasSubscription(RecordMeetingIdeas record) {
        return new EventSubscription(WORKSHOP_IDEAS, List.of(Topics.CONSULTATIONS), record::apply);
    }
}
