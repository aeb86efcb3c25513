package ma.remacto.search.persistence;

import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The cluster's health as Elasticsearch reports it: UP when green or yellow (a single node has no
 * replicas), DOWN when red or not answering within about 3 seconds. In the readiness group.
 */
public class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchAsyncClient client;
    private final String alias;

    public ElasticsearchHealthIndicator(ElasticsearchAsyncClient client, String alias) {
        super("Elasticsearch health check failed");
        this.client = client;
        this.alias = alias;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s"))).get(3, TimeUnit.SECONDS);
        boolean aliasExists = client.indices().existsAlias(a -> a.name(alias)).get(3, TimeUnit.SECONDS).value();
        (health.status() == HealthStatus.Red ? builder.down() : builder.up())
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("nodes", health.numberOfNodes())
                .withDetail("alias", alias)
                .withDetail("aliasExists", aliasExists);
    }
}
