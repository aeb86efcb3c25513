package ma.remacto.opendata.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import ma.remacto.opendata.api.ckan.CatalogFixtures;
import ma.remacto.platform.test.ServiceTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as real open-data software reads it, over the fixed catalogue of {@link CatalogFixtures}: OKFN's CKAN
 * client harvesting it page by page, and the JSON-LD and Turtle processors validating the DCAT catalogs (see the
 * scripts in {@code src/test/node}; each exits non-zero with the broken expectation).
 */
@ServiceTest
@Import(CatalogFixtures.FixedCatalogConfiguration.class)
class RealClientsTest {

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void ckanJsHarvestsEveryDatasetOnceAndReadsEveryPackageAndResource() throws Exception {
        NodeClients.Run run = NodeClients.node("ckan-harvest.cjs", base(), "2");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode summary = json.readTree(run.stdout());
        int datasets = CatalogFixtures.datasets().size();
        assertThat(summary.path("datasets").asInt()).isEqualTo(datasets);
        assertThat(summary.path("pages").asInt()).isEqualTo((datasets + 1) / 2);
        assertThat(summary.path("resources").asInt())
                .isEqualTo(CatalogFixtures.datasets().stream().mapToInt(d -> d.resources().size()).sum());
    }

    @Test
    void dcatCatalogsAreValidJsonLdAndTurtleWithTheSameTriples() throws Exception {
        NodeClients.Run run = NodeClients.node("linked-data-check.mjs", base());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode summary = json.readTree(run.stdout());
        assertThat(summary.path("datasets").asInt()).isEqualTo(CatalogFixtures.datasets().size());
        assertThat(summary.path("datasetDocuments").asInt()).isEqualTo(CatalogFixtures.datasets().size());
        assertThat(summary.path("triples").asInt()).isGreaterThan(100);
    }
}
