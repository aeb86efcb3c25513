package ma.remacto.search.persistence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code remacto.search.*} in application.yaml.
 *
 * @param elasticsearchUrl      the cluster (ELASTICSEARCH_URL)
 * @param elasticsearchCaFile   PEM file of the certificate authority an https cluster's certificate chains to (ECK's
 *                              {@code <cluster>-es-http-certs-public}, key {@code ca.crt}); empty: the JVM's trust store
 * @param alias                 what searches and live writes address; physical indexes are {@code <alias>-<yyyyMMddHHmmss>}
 * @param suggestBelow          look for a spelling suggestion when a query finds fewer hits than this
 * @param rebuildBatchSize      records per bulk request while a rebuild replays the ideation and projects topics
 * @param rebuildThrottle       pause between two bulk requests of a rebuild (spares a busy cluster; 0 by default)
 * @param rebuildLease          how long a rebuild owns the one-at-a-time lock without a sign of life
 */
@ConfigurationProperties("remacto.search")
public record SearchProperties(String elasticsearchUrl, String elasticsearchUsername, String elasticsearchPassword,
        String elasticsearchCaFile, String alias, Duration connectTimeout, Duration requestTimeout, int suggestBelow, int rebuildBatchSize,
        Duration rebuildThrottle, Duration rebuildLease) {

    public SearchProperties {
        elasticsearchUrl = elasticsearchUrl == null || elasticsearchUrl.isBlank() ? "http://localhost:9200" : elasticsearchUrl;
        alias = alias == null || alias.isBlank() ? "remacto-proposals" : alias;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        suggestBelow = suggestBelow <= 0 ? 3 : suggestBelow;
        rebuildBatchSize = rebuildBatchSize <= 0 ? 500 : rebuildBatchSize;
        rebuildThrottle = rebuildThrottle == null ? Duration.ZERO : rebuildThrottle;
        rebuildLease = rebuildLease == null ? Duration.ofSeconds(60) : rebuildLease;
    }
}
