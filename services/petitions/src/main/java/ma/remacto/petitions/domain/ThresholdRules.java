package ma.remacto.petitions.domain;

import java.util.List;
import java.util.Optional;

/** The configured thresholds; the first rule that applies to a member wins (rules are listed most specific first). */
public record ThresholdRules(List<ThresholdRule> rules) {

    public ThresholdRules {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public Optional<ThresholdRule> select(String memberKind, long population, boolean hasArrondissements) {
        return rules.stream().filter(rule -> rule.applies(memberKind, population, hasArrondissements)).findFirst();
    }
}
