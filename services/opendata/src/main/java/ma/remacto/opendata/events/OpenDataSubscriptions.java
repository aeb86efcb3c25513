package ma.remacto.opendata.events;

import java.util.List;

import ma.remacto.opendata.application.KeepPublicRows;
import ma.remacto.platform.events.EventSubscription;
import ma.remacto.platform.events.Topics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What open data consumes: one subscription per topic ({@code opendata.<topic>}), each keeping its kinds' rows; the
 * members topic comes with the read model ({@code opendata.member-directory}). Ideas, consultations and petitions are
 * applied a poll at a time (one bulk write); projects one event at a time, as a project's activity rows depend on the
 * project row stored before.
 */
@Configuration(proxyBeanMethods = false)
public class OpenDataSubscriptions {

    public static final String IDEATION = "opendata.ideation";
    public static final String PROJECTS = "opendata.projects";
    public static final String CONSULTATIONS = "opendata.consultations";
    public static final String PETITIONS = "opendata.petitions";

    @Bean
    EventSubscription openDataIdeation(KeepPublicRows rows) {
        return new EventSubscription(IDEATION, List.of(Topics.IDEATION), rows::ideation, rows::ideationAll);
    }

    @Bean
    EventSubscription openDataProjects(KeepPublicRows rows) {
        return new EventSubscription(PROJECTS, List.of(Topics.PROJECTS), rows::projects);
    }

    @Bean
    EventSubscription openDataConsultations(KeepPublicRows rows) {
        return new EventSubscription(CONSULTATIONS, List.of(Topics.CONSULTATIONS), rows::consultations, rows::consultationsAll);
    }

    @Bean
    EventSubscription openDataPetitions(KeepPublicRows rows) {
        return new EventSubscription(PETITIONS, List.of(Topics.PETITIONS), rows::petitions, rows::petitionsAll);
    }
}
