package ma.remacto.consultations.domain;

import java.time.Instant;
import java.util.List;

/**
 * The public account of a closed consultation: counts per item computed by the service from the contributions,
 * the themes raised and what changed in the draft, typed by staff.
 */
public record ConsultationSummary(List<ItemResult> items, List<String> themes, List<String> changesToDraft,
        Instant publishedAt) {

    public ConsultationSummary {
        items = List.copyOf(items);
        themes = List.copyOf(themes);
        changesToDraft = List.copyOf(changesToDraft);
    }
}
