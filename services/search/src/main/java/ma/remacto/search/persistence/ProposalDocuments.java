package ma.remacto.search.persistence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.remacto.search.domain.LocalizedText;
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
        put(d, "region", p.region());
        put(d, "province", p.province());
        put(d, "number", p.number());
        put(d, "axisId", p.axisId());
        put(d, "axisCode", p.axisCode());
        put(d, "category", p.category());
        put(d, "source", p.source());
        put(d, "state", p.state());
        put(d, "problem", p.problem());
        put(d, "proposedSolution", p.proposedSolution());
        put(d, "note", p.note());
        if (p.outcome() != null) {
            Map<String, Object> outcome = new LinkedHashMap<>();
            put(outcome, "ar", p.outcome().ar());
            put(outcome, "fr", p.outcome().fr());
            d.put("outcome", outcome);
        }
        d.put("languages", p.languages());
        put(d, "supportCount", p.supportCount());
        put(d, "submittedAt", p.submittedAt() == null ? null : p.submittedAt().toString());
        put(d, "updatedAt", p.updatedAt() == null ? null : p.updatedAt().toString());
        put(d, "version", p.version());
        return d;
    }

    @SuppressWarnings("unchecked")
    static Proposal proposal(Map<String, Object> d) {
        Map<String, Object> outcome = (Map<String, Object>) d.get("outcome");
        List<String> languages = (List<String>) d.getOrDefault("languages", List.of());
        return new Proposal(text(d, "id"), ProposalKind.valueOf(text(d, "kind")), text(d, "member"), text(d, "region"),
                text(d, "province"), number(d, "number"), text(d, "axisId"), text(d, "axisCode"), text(d, "category"),
                text(d, "source"), text(d, "state"), text(d, "problem"), text(d, "proposedSolution"), text(d, "note"),
                outcome == null ? null : new LocalizedText(text(outcome, "ar"), text(outcome, "fr")), languages,
                number(d, "supportCount"), instant(d, "submittedAt"), instant(d, "updatedAt"), number(d, "version"));
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

    private static Instant instant(Map<String, Object> d, String key) {
        Object value = d.get(key);
        return value == null ? null : Instant.parse(value.toString());
    }
}
