package ma.remacto.projects.domain;

import java.util.List;

/** What an OGP commitment has beyond an openness project: who leads it, who supports it, its OGP values. */
public record CommitmentDetails(String leadInstitution, List<String> supportActors, List<OgpValue> ogpValues,
        CompletionLevel completion, String description, String expectedResults) {

    public CommitmentDetails {
        supportActors = supportActors == null ? List.of() : List.copyOf(supportActors);
        ogpValues = ogpValues == null ? List.of() : List.copyOf(ogpValues);
    }

    public CommitmentDetails withCompletion(CompletionLevel level) {
        return new CommitmentDetails(leadInstitution, supportActors, ogpValues, level, description, expectedResults);
    }
}
