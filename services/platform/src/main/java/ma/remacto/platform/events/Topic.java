package ma.remacto.platform.events;

import java.time.Duration;

/**
 * A Kafka topic of the platform. Records are keyed by aggregate id so one aggregate's events stay
 * in order on one partition.
 *
 * @param compacted keep the latest record per key forever (topics whose events carry a full snapshot)
 * @param retention how long records are kept when not compacted
 */
public record Topic(String name, int partitions, boolean compacted, Duration retention) {

    public String deadLetter() {
        return name + ".dlt";
    }
}
