package ma.remacto.projects.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An output or impact indicator with its baseline, target, unit and dated measurements. */
public record Indicator(String id, IndicatorKind kind, String title, String unit, BigDecimal baseline,
        BigDecimal target, boolean qualitative, List<Measurement> measurements) {

    public Indicator {
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }

    public Indicator measured(Measurement measurement) {
        List<Measurement> next = new ArrayList<>(measurements);
        next.add(measurement);
        next.sort(Comparator.comparing(Measurement::date));
        return new Indicator(id, kind, title, unit, baseline, target, qualitative, next);
    }

    public Indicator redefined(IndicatorKind newKind, String newTitle, String newUnit, BigDecimal newBaseline,
            BigDecimal newTarget, boolean newQualitative) {
        return new Indicator(id, newKind, newTitle, newUnit, newBaseline, newTarget, newQualitative, measurements);
    }
}
