package ma.remacto.search.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

import ma.remacto.platform.test.TestStack;
import ma.remacto.search.domain.LocalizedText;
import ma.remacto.search.domain.ProjectDetails;
import ma.remacto.search.domain.Proposal;
import ma.remacto.search.domain.ProposalKind;
import ma.remacto.search.persistence.ProposalIndex.WriteOutcome;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An index made by the service before projects were searchable (mapping_version 1, strict: no title, project or
 * removed field) takes project documents once the service starts, without a rebuild.
 */
class ProposalIndexMappingTest {

    static final String ALIAS = "legacy" + System.nanoTime() + "-proposals";
    static final String LEGACY = ALIAS + "-20240101000000";

    RestClient rest;
    ElasticsearchClient client;
    ProposalIndex index;

    @BeforeEach
    void client() {
        assumeFalse(TestStack.containers(), "the official Elasticsearch image has no REMACTO analysis plugin");
        rest = RestClient.builder(HttpHost.create(TestStack.elasticsearchUrl())).build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper()));
        index = new ProposalIndex(client, new SearchProperties(TestStack.elasticsearchUrl(), null, null, null, ALIAS, null,
                null, 0, 0, null, null), Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        if (rest != null) {
            index.delete(LEGACY);
            rest.close();
        }
    }

    @Test
    void anIndexFromBeforeProjectsTakesThemWithoutARebuild() throws Exception {
        String legacy = LEGACY;
        try (InputStream v1 = getClass().getResourceAsStream("/elasticsearch/proposals-index-v1.json")) {
            client.indices().create(c -> c.index(legacy).withJson(v1).aliases(ALIAS, a -> a));
        }
        Proposal project = new Proposal("project-1", ProposalKind.PROJECT, "larache", null, null, 1, "axis-1", "A3",
                null, null, null, new LocalizedText("إحداث الشباك الإلكتروني", null), "تأخر الرد", "رقمنة المسار", null,
                null, List.of(), 0, new ProjectDetails("plan-1", "2024-2025", "PROJECT", new BigDecimal("37.50"), null),
                Instant.parse("2024-02-10T09:00:00Z"), Instant.parse("2024-06-01T09:00:00Z"), false, 1);

        assertThat(index.ensureAlias()).as("the existing index stays behind the alias").isEqualTo(legacy);

        Map<String, ?> properties = client.indices().getMapping(m -> m.index(legacy)).result().get(legacy).mappings()
                .properties();
        assertThat(properties).containsKeys("title", "project", "removed", "problem");
        assertThat(index.write(project)).isEqualTo(WriteOutcome.INDEXED);
        assertThat(index.write(Proposal.removed("project-1", ProposalKind.PROJECT, "larache", null, 2)))
                .isEqualTo(WriteOutcome.INDEXED);
        assertThat(index.write(project)).as("version 1 after the version 2 marker").isEqualTo(WriteOutcome.STALE);
    }
}
