package ma.remacto.search.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.search.domain.LocalizedText;
import ma.remacto.search.domain.ProjectDetails;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.ProposalKind;

/** Proposal ⇄ Elasticsearch document (the fields of elasticsearch/proposals-index.json); absent values are left out. */
final class ProposalDocuments {

    private ProposalDocuments() {
    }

    static Map<String, Object> document(Proposal p) {
        Map<String, Object> d = new LinkedHashMap<>();
        put(d, "id", p.id());
        put(d, "kind", p.kind().name());
        put(d, "member", p.member());
        if (p.removed()) {
            // A removal marker: no text and no facet value, only what keeps an older event from bringing it back.
            put(d, "updatedAt", p.updatedAt() == null ? null : p.updatedAt().toString());
            d.put("removed", true);
            put(d, "version", p.version());
            return d;
        }
        put(d, "region", p.region());
        put(d, "province", p.province());
        put(d, "number", p.number());
        put(d, "axisId", p.axisId());
        put(d, "axisCode", p.axisCode());
        put(d, "category", p.category());
        put(d, "source", p.source());
        put(d, "state", p.state());
        put(d, "title", text(p.title()));
        put(d, "problem", p.problem());
        put(d, "proposedSolution", p.proposedSolution());
        put(d, "note", p.note());
        put(d, "outcome", text(p.outcome()));
        d.put("languages", p.languages());
        put(d, "supportCount", p.supportCount());
        if (p.project() != null) {
            Map<String, Object> project = new LinkedHashMap<>();
            put(project, "planId", p.project().planId());
            put(project, "period", p.project().period());
            put(project, "kind", p.project().kind());
            put(project, "progress", p.project().progress());
            put(project, "completion", p.project().completion());
            d.put("project", project);
        }
        put(d, "submittedAt", p.submittedAt() == null ? null : p.submittedAt().toString());
        put(d, "updatedAt", p.updatedAt() == null ? null : p.updatedAt().toString());
        put(d, "version", p.version());
        return d;
    }

    @SuppressWarnings("unchecked")
    static Proposal proposal(Map<String, Object> d) {
        List<String> languages = (List<String>) d.getOrDefault("languages", List.of());
        Map<String, Object> project = (Map<String, Object>) d.get("project");
        ProjectDetails details = project == null ? null : new ProjectDetails(text(project, "planId"),
                text(project, "period"), text(project, "kind"), decimal(project, "progress"),
                text(project, "completion"));
        return new Proposal(text(d, "id"), ProposalKind.valueOf(text(d, "kind")), text(d, "member"), text(d, "region"),
                text(d, "province"), number(d, "number"), text(d, "axisId"), text(d, "axisCode"), text(d, "category"),
                text(d, "source"), text(d, "state"), localized(d, "title"), text(d, "problem"),
                text(d, "proposedSolution"), text(d, "note"), localized(d, "outcome"), languages,
                number(d, "supportCount"), details, instant(d, "submittedAt"), instant(d, "updatedAt"),
                Boolean.TRUE.equals(d.get("removed")), number(d, "version"));
    }

    private static Map<String, Object> text(LocalizedText text) {
        if (text == null) {
            return null;
        }
        Map<String, Object> both = new LinkedHashMap<>();
        put(both, "ar", text.ar());
        put(both, "fr", text.fr());
        return both;
    }

    @SuppressWarnings("unchecked")
    private static LocalizedText localized(Map<String, Object> d, String key) {
        Map<String, Object> both = (Map<String, Object>) d.get(key);
        return both == null ? null : new LocalizedText(text(both, "ar"), text(both, "fr"));
    }

    private static void put(Map<String, Object> d, String key, Object value) {
        if (value != null) {
            d.put(key, value);
        }
    }

    private static String text(Map<String, Object> d, String key) {
        Object value = d.get(key);
        return value == null ? null : value.toString();
    }

    private static long number(Map<String, Object> d, String key) {
        Object value = d.get(key);
        return value instanceof Number n ? n.longValue() : 0L;
    }

    /** As written (the source keeps "37.50" or 37.5 as sent), read back without binary rounding. */
    private static BigDecimal decimal(Map<String, Object> d, String key) {
        Object value = d.get(key);
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static Instant instant(Map<String, Object> d, String key) {
        Object value = d.get(key);
        return value == null ? null : Instant.parse(value.toString());
    }
}
