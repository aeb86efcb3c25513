package ma.remacto.search.domain;

import java.math.BigDecimal;

/**
 * What only a project's search document holds, from the projects service's card.
 *
 * @param planId     the action plan the project belongs to
 * @param period     the plan's period, {@code 2024-2025}
 * @param kind       {@code PROJECT} (an openness project) or {@code COMMITMENT} (an OGP commitment)
 * @param progress   weight-sum of the activities' progress, 0–100, two decimals
 * @param completion an OGP commitment's IRM completion level ({@code NOT_STARTED} … {@code COMPLETE}); null otherwise
 */
public record ProjectDetails(String planId, String period, String kind, BigDecimal progress, String completion) {
}
