package ma.remacto.ideation.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.protobuf.InvalidProtocolBufferException;

import ma.remacto.events.v1.EventEnvelope;
import ma.remacto.events.v1.OpennessProjectEdited;
import ma.remacto.events.v1.OpennessProjectFormulated;
import ma.remacto.events.v1.OpennessProjectWithdrawn;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.domain.LocalizedText;
import ma.remacto.ideation.domain.Outcomes;
import ma.remacto.ideation.events.IdeationEvents;
import ma.remacto.ideation.persistence.IdeaRepository;
import ma.remacto.ideation.persistence.ProjectLinks;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.events.PoisonEventException;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.security.Actor;

import org.springframework.stereotype.Component;

/**
 * "What became of my idea": when an openness project is formulated from ideas, changes its ideas or title,
 * or is withdrawn, the ideas it came from list it and their public outcome names it.
 */
@Component
public class LinkIdeasToProjects {

    private static final Actor PROJECTS = Actor.system("projects");

    private final ProjectLinks links;
    private final IdeaRepository ideas;
    private final EventEnvelopes envelopes;
    private final Clock clock;

    public LinkIdeasToProjects(ProjectLinks links, IdeaRepository ideas, EventEnvelopes envelopes, Clock clock) {
        this.links = links;
        this.ideas = ideas;
        this.envelopes = envelopes;
        this.clock = clock;
    }

    public void apply(EventEnvelope envelope) {
        ProjectCard card;
        boolean withdrawn = false;
        try {
            switch (envelope.getEventType()) {
                case "OpennessProjectFormulated" -> card = envelope.getPayload().unpack(OpennessProjectFormulated.class).getProject();
                case "OpennessProjectEdited" -> card = envelope.getPayload().unpack(OpennessProjectEdited.class).getProject();
                case "OpennessProjectWithdrawn" -> {
                    card = envelope.getPayload().unpack(OpennessProjectWithdrawn.class).getProject();
                    withdrawn = true;
                }
                default -> {
                    return; // plans, progress, publication: nothing about the ideas changes
                }
            }
        } catch (InvalidProtocolBufferException e) {
            throw new PoisonEventException("payload does not match " + envelope.getEventType() + ": " + e.getMessage());
        }
        ProjectLinks.Link stored = links.find(card.getId()).orElse(null);
        if (stored != null && stored.version() >= card.getVersion()) {
            return; // an older event of the project, replayed
        }
        List<String> before = stored == null ? List.of() : stored.ideaIds();
        ProjectLinks.Link link = new ProjectLinks.Link(card.getId(), card.getMemberSlug(),
                withdrawn ? List.of() : card.getIdeaIdsList(), new LocalizedText(card.getTitle().getAr(),
                        card.getTitle().getFr()), card.getVersion());
        Set<String> affected = new LinkedHashSet<>(before);
        affected.addAll(link.ideaIds());
        // The ideas first, the link last: if an idea update fails, the retried event still sees the old link.
        for (String ideaId : affected) {
            ideas.find(ideaId).filter(idea -> idea.memberSlug().equals(card.getMemberSlug()))
                    .ifPresent(idea -> relink(idea, link));
        }
        links.save(link);
    }

    private void relink(Idea idea, ProjectLinks.Link link) {
        List<String> projectIds = new ArrayList<>(idea.projectIds());
        projectIds.remove(link.projectId());
        if (link.ideaIds().contains(idea.id())) {
            projectIds.add(link.projectId());
        }
        LocalizedText outcome = idea.state() == IdeaState.RETAINED
                ? Outcomes.retainedFor(links.titles(projectIds, link)) : idea.outcome();
        if (projectIds.equals(idea.projectIds()) && outcome.equals(idea.outcome())) {
            return;
        }
        Idea moved = idea.linkedToProjects(projectIds, outcome, clock.instant());
        ideas.update(moved, IdeaChanges.projects(moved), History.entry(moved.updatedAt(), PROJECTS, "PROJECTS_LINKED",
                idea.projectIds(), projectIds, List.of("projectIds", "outcome"), null),
                envelopes.stage(IdeationEvents.edited(moved, List.of("projectIds", "outcome")), PROJECTS));
    }
}
