package ma.remacto.opendata.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import ma.remacto.opendata.domain.DatasetKind;

/**
 * One public record as a row of its kind's datasets, at one version of its card.
 *
 * @param row   the columns (schema order), or null when the record is not public (any more): the row leaves its datasets
 * @param start earliest date the row covers (temporal coverage), or null
 * @param end   latest date it covers, or null
 * @param at    when the change happened (the event's {@code occurred_at})
 */
public record RowChange(DatasetKind kind, String id, long version, String member, Map<String, Object> row,
        LocalDate start, LocalDate end, Instant at) {

    public boolean published() {
        return row != null;
    }
}
