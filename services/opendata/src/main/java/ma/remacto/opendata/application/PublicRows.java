package ma.remacto.opendata.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.ActionPlanCard;
import ma.remacto.events.v1.ActivityCard;
import ma.remacto.events.v1.ConsultationCard;
import ma.remacto.events.v1.IdeaCard;
import ma.remacto.events.v1.MeetingCard;
import ma.remacto.events.v1.ParticipationCounts;
import ma.remacto.events.v1.PetitionCard;
import ma.remacto.events.v1.ProjectCard;
import ma.remacto.opendata.domain.DatasetKind;

/**
 * Cards → rows: only the public, non-personal fields. Never an author's display name, a contributor, a signatory,
 * an agent or an actor; a withdrawn idea keeps its row (number, axis, state, dates) but not the submitter's texts.
 */
public final class PublicRows {

    static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");
    static final String WITHDRAWN = "WITHDRAWN";

    private PublicRows() {
    }

    public static RowChange idea(IdeaCard c, String region, Instant at) {
        boolean withdrawn = WITHDRAWN.equals(c.getState());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.getId());
        row.put("member", c.getMemberSlug());
        row.put("region", region);
        row.put("number", c.getNumber());
        row.put("axis_code", text(c.getAxisCode()));
        row.put("category", text(c.getCategory()));
        row.put("source", text(c.getSource()));
        row.put("state", text(c.getState()));
        row.put("problem", withdrawn ? null : text(c.getProblem()));
        row.put("proposed_solution", withdrawn ? null : text(c.getProposedSolution()));
        row.put("outcome_ar", withdrawn ? null : text(c.getOutcome().getAr()));
        row.put("outcome_fr", withdrawn ? null : text(c.getOutcome().getFr()));
        row.put("merged_into", text(c.getMergedInto()));
        row.put("project_ids", list(c.getProjectIdsList()));
        row.put("support_count", c.getSupportCount());
        row.put("submitted_at", instant(c.hasSubmittedAt() ? c.getSubmittedAt() : null));
        row.put("updated_at", instant(c.hasUpdatedAt() ? c.getUpdatedAt() : null));
        LocalDate day = c.hasSubmittedAt() ? date(c.getSubmittedAt()) : c.hasUpdatedAt() ? date(c.getUpdatedAt()) : null;
        return new RowChange(DatasetKind.IDEAS, c.getId(), c.getVersion(), c.getMemberSlug(), row, day, day, at);
    }

    /** A project card; not public (null row) unless published and not withdrawn. */
    public static RowChange project(ProjectCard c, boolean withdrawn, String region, Instant at) {
        LocalDate start = c.getActivitiesList().stream().map(a -> isoDate(a.getStartDate())).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(c.hasUpdatedAt() ? date(c.getUpdatedAt()) : null);
        LocalDate end = c.getActivitiesList().stream().map(a -> isoDate(a.getEndDate())).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(start);
        if (!c.getPublished() || withdrawn) {
            return new RowChange(DatasetKind.PROJECTS, c.getId(), c.getVersion(), c.getMemberSlug(), null, start, end, at);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.getId());
        row.put("member", c.getMemberSlug());
        row.put("region", region);
        row.put("plan_id", text(c.getPlanId()));
        row.put("period", text(c.getPeriod()));
        row.put("kind", text(c.getKind()));
        row.put("axis_code", text(c.getAxisCode()));
        row.put("title_ar", text(c.getTitle().getAr()));
        row.put("title_fr", text(c.getTitle().getFr()));
        row.put("estimated_budget", text(c.getEstimatedBudget()));
        row.put("funding_source", text(c.getFundingSource()));
        row.put("progress", text(c.getProgress()));
        row.put("completion", c.hasCommitment() ? text(c.getCommitment().getCompletion()) : null);
        row.put("principles", list(c.getPrinciplesList()));
        row.put("competence", text(c.getCompetence()));
        row.put("idea_ids", list(c.getIdeaIdsList()));
        row.put("activities", (long) c.getActivitiesCount());
        row.put("updated_at", instant(c.hasUpdatedAt() ? c.getUpdatedAt() : null));
        return new RowChange(DatasetKind.PROJECTS, c.getId(), c.getVersion(), c.getMemberSlug(), row, start, end, at);
    }

    /** The row id of a project's activity. */
    public static String activityId(String projectId, String activityId) {
        return projectId + "/" + activityId;
    }

    /** An activity of a public project, at the project's version. */
    public static RowChange activity(ProjectCard p, ActivityCard a, String region, Instant at) {
        Map<String, Object> row = new LinkedHashMap<>();
        String id = activityId(p.getId(), a.getId());
        row.put("id", id);
        row.put("project_id", p.getId());
        row.put("activity_id", a.getId());
        row.put("member", p.getMemberSlug());
        row.put("region", region);
        row.put("title", text(a.getTitle()));
        row.put("start", text(a.getStartDate()));
        row.put("end", text(a.getEndDate()));
        row.put("weight", text(a.getWeight()));
        row.put("status", text(a.getStatus()));
        row.put("progress", (long) a.getProgress());
        row.put("responsible_service", text(a.getResponsibleService()));
        row.put("estimated_cost", text(a.getEstimatedCost()));
        return new RowChange(DatasetKind.ACTIVITIES, id, p.getVersion(), p.getMemberSlug(), row,
                isoDate(a.getStartDate()), isoDate(a.getEndDate()), at);
    }

    /** An action plan; not public while a draft. */
    public static RowChange plan(ActionPlanCard c, String region, Instant at) {
        LocalDate start = isoDate(c.getStartDate());
        LocalDate end = isoDate(c.getEndDate());
        if (c.getStatus().isBlank() || "DRAFT".equals(c.getStatus())) {
            return new RowChange(DatasetKind.PLANS, c.getId(), c.getVersion(), c.getMemberSlug(), null, start, end, at);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.getId());
        row.put("member", c.getMemberSlug());
        row.put("region", region);
        row.put("period", text(c.getPeriod()));
        row.put("start_date", text(c.getStartDate()));
        row.put("end_date", text(c.getEndDate()));
        row.put("format", text(c.getFormat()));
        row.put("title_ar", text(c.getTitle().getAr()));
        row.put("title_fr", text(c.getTitle().getFr()));
        row.put("status", text(c.getStatus()));
        row.put("consultation_id", text(c.getConsultationId()));
        row.put("adoption_session", c.hasAdoption() ? text(c.getAdoption().getSession().getAr()) : null);
        row.put("adoption_date", c.hasAdoption() ? text(c.getAdoption().getDate()) : null);
        row.put("amendments", (long) c.getAmendmentsCount());
        row.put("updated_at", instant(c.hasUpdatedAt() ? c.getUpdatedAt() : null));
        return new RowChange(DatasetKind.PLANS, c.getId(), c.getVersion(), c.getMemberSlug(), row, start, end, at);
    }

    public static RowChange consultation(ConsultationCard c, String region, Instant at) {
        Map<String, Object> row = new LinkedHashMap<>();
        ParticipationCounts p = c.getParticipation();
        row.put("id", c.getId());
        row.put("member", c.getMemberSlug());
        row.put("region", region);
        row.put("plan_id", text(c.getPlanId()));
        row.put("programme", text(c.getProgramme()));
        row.put("title_ar", text(c.getTitle().getAr()));
        row.put("title_fr", text(c.getTitle().getFr()));
        row.put("opens_at", instant(c.hasOpensAt() ? c.getOpensAt() : null));
        row.put("closes_at", instant(c.hasClosesAt() ? c.getClosesAt() : null));
        row.put("status", text(c.getStatus()));
        row.put("contributions_published", (long) c.getContributionsPublished());
        row.put("recorded_by_staff", c.getRecordedByStaff());
        row.put("recorded_contributions", (long) c.getRecordedContributions());
        row.put("participants_total", (long) p.getTotal());
        row.put("participants_female", (long) p.getByGenderOrDefault("FEMALE", 0));
        row.put("participants_male", (long) p.getByGenderOrDefault("MALE", 0));
        row.put("summary_themes", c.hasSummary() ? list(c.getSummary().getThemesList()) : null);
        row.put("summary_published_at",
                c.hasSummary() && c.getSummary().hasPublishedAt() ? instant(c.getSummary().getPublishedAt()) : null);
        row.put("updated_at", instant(c.hasUpdatedAt() ? c.getUpdatedAt() : null));
        LocalDate start = c.hasOpensAt() ? date(c.getOpensAt()) : null;
        LocalDate end = c.hasClosesAt() ? date(c.getClosesAt()) : start;
        return new RowChange(DatasetKind.CONSULTATIONS, c.getId(), c.getVersion(), c.getMemberSlug(), row, start, end, at);
    }

    public static RowChange meeting(MeetingCard c, String region, Instant at) {
        Map<String, Object> row = new LinkedHashMap<>();
        ParticipationCounts p = c.getParticipants();
        row.put("id", c.getId());
        row.put("member", c.getMemberSlug());
        row.put("region", region);
        row.put("kind", text(c.getKind()));
        row.put("title_ar", text(c.getTitle().getAr()));
        row.put("title_fr", text(c.getTitle().getFr()));
        row.put("date", text(c.getDate()));
        row.put("place", text(c.getPlace()));
        row.put("programme", text(c.getProgramme()));
        row.put("participants_total", (long) p.getTotal());
        row.put("participants_female", (long) p.getByGenderOrDefault("FEMALE", 0));
        row.put("participants_male", (long) p.getByGenderOrDefault("MALE", 0));
        row.put("participants_gender_unknown", (long) p.getByGenderOrDefault("UNKNOWN", 0));
        row.put("participants_under_18", (long) p.getByAgeGroupOrDefault("UNDER_18", 0));
        row.put("participants_18_24", (long) p.getByAgeGroupOrDefault("18_24", 0));
        row.put("participants_25_34", (long) p.getByAgeGroupOrDefault("25_34", 0));
        row.put("participants_35_44", (long) p.getByAgeGroupOrDefault("35_44", 0));
        row.put("participants_45_59", (long) p.getByAgeGroupOrDefault("45_59", 0));
        row.put("participants_60_plus", (long) p.getByAgeGroupOrDefault("60_PLUS", 0));
        row.put("participants_age_unknown", (long) p.getByAgeGroupOrDefault("UNKNOWN", 0));
        row.put("organisations", list(c.getOrganisationsList()));
        row.put("ideas_collected", (long) c.getIdeasCollected());
        row.put("updated_at", instant(c.hasUpdatedAt() ? c.getUpdatedAt() : null));
        LocalDate day = isoDate(c.getDate());
        return new RowChange(DatasetKind.MEETINGS, c.getId(), c.getVersion(), c.getMemberSlug(), row, day, day, at);
    }

    /** A petition; not public while a draft. */
    public static RowChange petition(PetitionCard c, String region, Instant at) {
        LocalDate filed = isoDate(c.getFiledOn());
        LocalDate last = isoDate(c.getDecidedOn()) != null ? isoDate(c.getDecidedOn()) : filed;
        if (c.getStatus().isBlank() || "DRAFT".equals(c.getStatus())) {
            return new RowChange(DatasetKind.PETITIONS, c.getId(), c.getVersion(), c.getMemberSlug(), null, filed, last, at);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.getId());
        row.put("member", c.getMemberSlug());
        row.put("region", c.getRegionSlug().isBlank() ? region : c.getRegionSlug());
        row.put("member_kind", text(c.getMemberKind()));
        row.put("petitioner_kind", text(c.getPetitionerKind()));
        row.put("association_name", text(c.getAssociationName()));
        row.put("title_ar", text(c.getTitle().getAr()));
        row.put("title_fr", text(c.getTitle().getFr()));
        row.put("subject", text(c.getSubject()));
        row.put("status", text(c.getStatus()));
        row.put("receipt_number", text(c.getReceiptNumber()));
        row.put("filed_on", text(c.getFiledOn()));
        row.put("admissible_on", text(c.getAdmissibleOn()));
        row.put("session_date", text(c.getSessionDate()));
        row.put("signatures", (long) c.getSignatures());
        row.put("required_signatures", (long) c.getThreshold().getRequiredSignatures());
        row.put("threshold_source", text(c.getThreshold().getSource()));
        row.put("decision", text(c.getDecision()));
        row.put("decided_on", text(c.getDecidedOn()));
        row.put("recorded_by_staff", c.getRecordedByStaff());
        row.put("updated_at", instant(c.hasUpdatedAt() ? c.getUpdatedAt() : null));
        LocalDate start = filed != null ? filed : c.hasUpdatedAt() ? date(c.getUpdatedAt()) : null;
        return new RowChange(DatasetKind.PETITIONS, c.getId(), c.getVersion(), c.getMemberSlug(), row, start,
                last != null ? last : start, at);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? null : String.join(";", values);
    }

    private static String instant(Timestamp t) {
        return t == null ? null : Instant.ofEpochSecond(t.getSeconds(), t.getNanos()).toString();
    }

    private static LocalDate date(Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos()).atZone(ZONE).toLocalDate();
    }

    private static LocalDate isoDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
