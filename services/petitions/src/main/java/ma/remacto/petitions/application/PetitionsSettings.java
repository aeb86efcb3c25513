package ma.remacto.petitions.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ma.remacto.petitions.domain.DeadlineRule;
import ma.remacto.petitions.domain.ThresholdRule;
import ma.remacto.petitions.domain.ThresholdRules;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code remacto.petitions.*}: the legal thresholds and deadlines as data (classpath:petitions/thresholds.yaml,
 * overridable without a rebuild), the prefectures and provinces of regions whose provinces are not all members,
 * how often signature counts are published, and the key of the national-ID hashes (never in the database).
 */
@ConfigurationProperties("remacto.petitions")
public record PetitionsSettings(String cnieKey, List<ThresholdRule> thresholds, List<DeadlineRule> deadlines,
        Map<String, List<String>> regionProvinces, Duration countInterval) {

    public PetitionsSettings {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        regionProvinces = regionProvinces == null ? Map.of() : Map.copyOf(regionProvinces);
        countInterval = countInterval == null ? Duration.ofSeconds(5) : countInterval;
    }

    public ThresholdRules thresholdRules() {
        return new ThresholdRules(thresholds);
    }

    /** The notice deadline of a member kind, if configured. */
    public DeadlineRule noticeDeadline(String memberKind) {
        return deadlines.stream().filter(d -> d.memberKind().equalsIgnoreCase(memberKind)).findFirst().orElse(null);
    }
}
