package ma.remacto.projects.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.LocalizedText;
import ma.remacto.projects.domain.PlanFormat;
import ma.remacto.projects.domain.PlanStatus;
import ma.remacto.projects.events.ProjectsEvents;
import ma.remacto.projects.persistence.PlanRepository;

import org.springframework.stereotype.Service;

/** The member's point of contact opens the draft of an action plan for a period (one plan per period). */
@Service
public class DraftActionPlan {

    private final PlanRepository plans;
    private final MemberDirectory members;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Clock clock;

    public DraftActionPlan(PlanRepository plans, MemberDirectory members, EventEnvelopes envelopes, AccessPolicy access,
            Clock clock) {
        this.plans = plans;
        this.members = members;
        this.envelopes = envelopes;
        this.access = access;
        this.clock = clock;
    }

    public ActionPlan handle(String memberSlug, String period, LocalDate start, LocalDate end, PlanFormat format,
            LocalizedText title) {
        Actor actor = access.requireStaffOf(memberSlug);
        MemberDirectoryEntry member = members.requireActive(memberSlug, "member", "plan.member.unknown",
                "plan.member.inactive");
        PlanPeriod dates = PlanPeriod.of(period, start, end);
        Instant now = clock.instant();
        ActionPlan plan = new ActionPlan(Ids.newId(), memberSlug, period, dates.start(), dates.end(), format, title,
                PlanStatus.DRAFT, null, null, List.of(), null, now, now, 1);
        plans.insert(plan, member.regionSlug(), History.entry(now, actor, "DRAFTED", null, PlanStatus.DRAFT.name(), null, null),
                envelopes.stage(ProjectsEvents.planDrafted(plan), actor));
        return plan;
    }

    /** A period "2024-2025" and, unless given, its dates: 1 January of the first year to 31 December of the last. */
    record PlanPeriod(LocalDate start, LocalDate end) {

        static PlanPeriod of(String period, LocalDate start, LocalDate end) {
            int first = Integer.parseInt(period.substring(0, 4));
            int last = Integer.parseInt(period.substring(5, 9));
            List<FieldProblem> problems = new ArrayList<>();
            if (last < first || last - first > 10) {
                problems.add(new FieldProblem("period", "plan.period.years"));
            }
            LocalDate from = start == null ? LocalDate.of(first, 1, 1) : start;
            LocalDate to = end == null ? LocalDate.of(last, 12, 31) : end;
            if (to.isBefore(from)) {
                problems.add(new FieldProblem("endDate", "plan.dates.reversed"));
            }
            if (!problems.isEmpty()) {
                throw ProblemException.invalidInput(problems);
            }
            return new PlanPeriod(from, to);
        }
    }
}
