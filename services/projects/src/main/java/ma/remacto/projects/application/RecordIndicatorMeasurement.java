package ma.remacto.projects.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.time.Today;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.Indicator;
import ma.remacto.projects.domain.Measurement;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.events.ProjectsEvents;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/** A dated measurement of an output or impact indicator: a value, or an observation when it is qualitative. */
@Service
public class RecordIndicatorMeasurement {

    private final PlanGuard guard;
    private final ProjectRepository projects;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;
    private final Today today;

    public RecordIndicatorMeasurement(PlanGuard guard, ProjectRepository projects, EventEnvelopes envelopes,
            AccessPolicy access, Clock clock, Today today) {
        this.guard = guard;
        this.projects = projects;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
        this.today = today;
    }

    public OpennessProject handle(String projectId, String indicatorId, LocalDate date, BigDecimal value,
            String observation) {
        OpennessProject project = guard.project(projectId);
        Actor actor = access.requireStaffOf(project.memberSlug());
        ActionPlan plan = guard.plan(project.planId());
        guard.requireExecutable(plan);
        Indicator indicator = project.card().indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("project.indicator.not-found", indicatorId));
        List<FieldProblem> problems = new ArrayList<>();
        if (date.isAfter(today.date())) {
            problems.add(new FieldProblem("date", "project.measurement.future"));
        }
        if (!indicator.qualitative() && value == null) {
            problems.add(new FieldProblem("value", "project.measurement.value-required"));
        }
        if (indicator.qualitative() && (observation == null || observation.isBlank())) {
            problems.add(new FieldProblem("observation", "project.measurement.observation-required"));
        }
        ProjectCardRules.throwIfAny(problems);
        Indicator measured = indicator.measured(new Measurement(date, value,
                observation == null || observation.isBlank() ? null : observation.strip(), clock.instant()));
        OpennessProject updated = project.withCard(project.card().withIndicators(project.card().indicators().stream()
                .map(i -> i.id().equals(indicatorId) ? measured : i).toList()), clock.instant());
        projects.update(updated, History.entry(updated.updatedAt(), actor, "INDICATOR_MEASURED", null,
                value == null ? observation : value.toPlainString(), List.of("indicators." + indicatorId), null),
                envelopes.stage(ProjectsEvents.indicatorMeasured(updated, indicatorId), actor));
        return updated;
    }
}
