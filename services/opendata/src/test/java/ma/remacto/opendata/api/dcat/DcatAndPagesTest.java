package ma.remacto.opendata.api.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import ma.remacto.opendata.api.ckan.CatalogFixtures;
import ma.remacto.platform.test.ServiceTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DCAT (JSON-LD, Turtle, DCAT-US data.json) and the public HTML pages through the whole service, over the fixed
 * catalogue of {@link CatalogFixtures}. No JSON-LD processor is available offline, so the JSON-LD is checked
 * structurally: every term and type is a compact IRI whose prefix the {@code @context} declares, every
 * {@code @id} is an absolute IRI, language tags are {@code ar}/{@code fr}.
 */
@ServiceTest
@Import(CatalogFixtures.FixedCatalogConfiguration.class)
class DcatAndPagesTest {

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();

    record Page(int status, String contentType, String body) {
    }

    Page get(String path, String language) {
        var request = RestClient.create().get().uri(URI.create("http://127.0.0.1:" + port + path));
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request.exchange((req, res) -> new Page(res.getStatusCode().value(),
                String.valueOf(res.getHeaders().getContentType()), res.bodyTo(String.class)));
    }

    @Test
    void catalogJsonLdIsWellFormedDcat() {
        Page page = get("/catalog.jsonld", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("application/ld+json");
        JsonNode document = json.readTree(page.body());
        JsonNode context = document.get("@context");
        assertThat(context.propertyNames()).contains("dcat", "dct", "foaf", "hydra", "xsd", "vcard");
        List<String> problems = new ArrayList<>();
        check(document.get("@graph"), context, problems);
        assertThat(problems).isEmpty();

        JsonNode catalog = document.get("@graph").get(0);
        assertThat(catalog.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalog.get("dcat:dataset")).hasSize(5);
        JsonNode dataset = catalog.get("dcat:dataset").get(0);
        assertThat(dataset.get("@type").asString()).isEqualTo("dcat:Dataset");
        assertThat(dataset.get("dct:identifier").asString()).isEqualTo("0b3f-ideas-larache");
        assertThat(dataset.get("dct:title").findValuesAsString("@language")).containsExactly("ar", "fr");
        assertThat(dataset.get("dct:publisher").get("@type").asString()).isEqualTo("foaf:Agent");
        assertThat(dataset.get("dct:accrualPeriodicity").get("@id").asString())
                .isEqualTo("http://publications.europa.eu/resource/authority/frequency/CONT");
        assertThat(dataset.get("dct:temporal").get("dcat:startDate").get("@value").asString()).isEqualTo("2023-05-01");
        assertThat(dataset.get("dcat:contactPoint").get("vcard:hasEmail").get("@id").asString())
                .isEqualTo("mailto:opendata@remacto.ma");
        JsonNode distribution = dataset.get("dcat:distribution").get(0);
        assertThat(distribution.get("@type").asString()).isEqualTo("dcat:Distribution");
        assertThat(distribution.get("dcat:downloadURL").get("@id").asString())
                .isEqualTo("http://127.0.0.1:" + port + "/api/datasets/ideas-larache/rows.csv");
        JsonNode paging = document.get("@graph").get(1);
        assertThat(paging.get("hydra:totalItems").get("@value").asString()).isEqualTo("5");
        assertThat(paging.get("hydra:lastPage").asString()).endsWith("/catalog.jsonld?page=1");
        assertThat(paging.has("hydra:nextPage")).isFalse();

        assertThat(get("/catalog.jsonld?page=0", null).status()).isEqualTo(400);
        assertThat(get("/catalog.jsonld?page=x", null).status()).isEqualTo(400);
        assertThat(json.readTree(get("/catalog.jsonld?page=2", null).body()).get("@graph").get(0)
                .get("dcat:dataset")).isEmpty();
    }

    /** Every term and type is prefix:local with a declared prefix; every @id is an absolute IRI. */
    private static void check(JsonNode node, JsonNode context, List<String> problems) {
        if (node.isArray()) {
            node.forEach(item -> check(item, context, problems));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (String key : node.propertyNames()) {
            JsonNode value = node.get(key);
            switch (key) {
                case "@id" -> {
                    if (!value.asString().matches("^(https?|mailto):[^\\s<>\"]+$")) {
                        problems.add("not an absolute IRI: " + value);
                    }
                }
                case "@type" -> (value.isArray() ? value.values() : List.of(value)).forEach(type -> {
                    if (!declared(type.asString(), context)) {
                        problems.add("undeclared type " + type);
                    }
                });
                case "@language" -> {
                    if (!Set.of("ar", "fr").contains(value.asString())) {
                        problems.add("language " + value);
                    }
                }
                case "@value" -> {
                }
                default -> {
                    if (!declared(key, context)) {
                        problems.add("undeclared term " + key);
                    }
                    check(value, context, problems);
                }
            }
        }
    }

    private static boolean declared(String compact, JsonNode context) {
        int colon = compact.indexOf(':');
        return colon > 0 && context.has(compact.substring(0, colon)) && colon < compact.length() - 1;
    }

    @Test
    void turtleDatasetAndDcatUs() {
        Page turtle = get("/catalog.ttl", null);
        assertThat(turtle.status()).isEqualTo(200);
        assertThat(turtle.contentType()).startsWith("text/turtle");
        assertThat(turtle.body()).contains("@prefix dcat: <http://www.w3.org/ns/dcat#> .", "a dcat:Catalog",
                "a dcat:Dataset", "a dcat:Distribution", "\"أفكار المواطنين بالعرائش\"@ar",
                "\"2023-05-01\"^^xsd:date", "a hydra:PagedCollection, hydra:PartialCollectionView",
                "\"<script>alert(1)</script> Réunions\"@fr");
        assertThat(turtle.body().chars().filter(c -> c == '[').count())
                .isEqualTo(turtle.body().chars().filter(c -> c == ']').count());

        Page one = get("/dataset/ideas-larache.jsonld", null);
        assertThat(one.status()).isEqualTo(200);
        assertThat(json.readTree(one.body()).get("@graph").get(0).get("dct:identifier").asString())
                .isEqualTo("0b3f-ideas-larache");
        assertThat(get("/dataset/nothing.jsonld", null).status()).isEqualTo(404);

        Page us = get("/data.json", null);
        assertThat(us.status()).isEqualTo(200);
        JsonNode data = json.readTree(us.body());
        assertThat(data.get("conformsTo").asString()).isEqualTo("https://project-open-data.cio.gov/v1.1/schema");
        JsonNode first = data.get("dataset").get(0);
        assertThat(first.get("accessLevel").asString()).isEqualTo("public");
        assertThat(first.get("contactPoint").get("hasEmail").asString()).isEqualTo("mailto:opendata@remacto.ma");
        assertThat(first.get("temporal").asString()).isEqualTo("2023-05-01/2024-06-30");
        assertThat(first.get("publisher").get("name").asString()).isNotBlank();
        assertThat(first.get("distribution").get(0).get("downloadURL").asString()).startsWith("http://");
        for (String field : List.of("title", "description", "keyword", "modified", "identifier", "license", "spatial")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
    }

    @Test
    void datasetPagesAreEscapedAccessibleAndBilingual() {
        Page arabic = get("/datasets/meetings-tetouan", null);
        assertThat(arabic.status()).isEqualTo(200);
        assertThat(arabic.contentType()).startsWith("text/html");
        assertThat(arabic.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "<main>", "<th scope=\"col\">العنوان</th>",
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; اجتماعات", "&lt;b&gt;row&lt;/b&gt; &amp; co",
                "/api/datasets/meetings-tetouan/rows.csv", "rows.csv?bom=true", "/datasets/meetings-tetouan/datapackage.json")
                .doesNotContain("<script>", "<b>row");
        assertThat(arabic.body().split("<tr>", -1)).hasSize(12); // the header and 10 preview rows

        Page french = get("/datasets/meetings-tetouan?lang=fr", null);
        assertThat(french.body()).contains("<html lang=\"fr\" dir=\"ltr\">", "&lt;script&gt;alert(1)&lt;/script&gt; Réunions",
                "<th scope=\"col\">Titre</th>").doesNotContain("<script>");
        assertThat(get("/datasets/ideas-larache", "fr-FR,fr;q=0.9,ar;q=0.5").body()).contains("lang=\"fr\"",
                "Idées des citoyens de Larache");
        assertThat(get("/datasets/ideas-larache", "ar,fr;q=0.5").body()).contains("lang=\"ar\"");
        assertThat(get("/datasets/nothing", null).status()).isEqualTo(404);

        Page list = get("/datasets", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/datasets/ideas-larache\"", "href=\"/datasets/projects-larache\"")
                .doesNotContain("<script>");
    }
}
