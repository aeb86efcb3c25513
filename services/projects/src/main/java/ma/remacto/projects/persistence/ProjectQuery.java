package ma.remacto.projects.persistence;

import ma.remacto.projects.domain.ProjectKind;

/**
 * Filters of the project list; null means any. {@code publicOnly} hides unpublished projects (what anyone
 * but the member's staff sees); withdrawn projects are only listed on request.
 */
public record ProjectQuery(String memberSlug, String regionSlug, String planId, String axisId, String period,
        ProjectKind kind, boolean publicOnly, boolean includeWithdrawn) {

    public static ProjectQuery ofPlan(String planId, boolean publicOnly) {
        return new ProjectQuery(null, null, planId, null, null, null, publicOnly, false);
    }
}
