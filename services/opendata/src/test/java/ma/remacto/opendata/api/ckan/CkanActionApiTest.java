package ma.remacto.opendata.api.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import ma.remacto.platform.test.ServiceTest;

/**
 * The CKAN Action API through the whole service (security chain, Spring MVC), over a fixed catalogue registered
 * as the primary {@code DatasetCatalog} ({@link CatalogFixtures}); the event-fed catalogue is tested on its own.
 */
@ServiceTest
@Import(CatalogFixtures.FixedCatalogConfiguration.class)
@SuppressWarnings("unchecked")
class CkanActionApiTest {

    @LocalServerPort
    int port;

    record Answer(int status, Map<String, Object> body) {

        Object result() {
            return body.get("result");
        }

        Map<String, Object> resultMap() {
            return (Map<String, Object>) body.get("result");
        }

        Map<String, Object> error() {
            return (Map<String, Object>) body.get("error");
        }
    }

    Answer call(String method, String path, String jsonBody, Map<String, String> headers) {
        // an already encoded URI: sent as written
        var request = RestClient.create().method(HttpMethod.valueOf(method))
                .uri(java.net.URI.create("http://127.0.0.1:" + port + path));
        for (var header : headers.entrySet()) {
            request = request.header(header.getKey(), header.getValue());
        }
        if (jsonBody != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
        }
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), res.bodyTo(Map.class)));
    }

    Answer get(String path) {
        return call("GET", path, null, Map.of());
    }

    Answer post(String path, String json) {
        return call("POST", path, json, Map.of());
    }

    void assertError(Answer answer, int status, String type) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
        assertThat(answer.body()).containsEntry("success", false).containsKey("help");
        assertThat(answer.error()).containsEntry("__type", type).containsKey("message");
    }

    @Test
    void answersInCkansEnvelopeOnBothPrefixes() {
        for (String prefix : List.of("/api/3/action/", "/api/action/")) {
            Answer status = get(prefix + "status_show");
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.body()).containsEntry("success", true).containsKey("help");
            assertThat(status.resultMap()).containsEntry("ckan_version", "2.9.11").containsKey("site_url");
        }
        assertThat(post("/api/3/action/status_show", "{}").status()).isEqualTo(200);
        assertThat(post("/api/action/package_list", "").status()).isEqualTo(200);
        assertThat(call("GET", "/api/3/action/package_list", null, Map.of("Accept", "text/html")).status()).isEqualTo(200);
        // anonymous POST is opened for the actions only
        assertThat(call("POST", "/catalog.jsonld", "{}", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void showsAPackageWithCkansFields() {
        Answer answer = call("GET", "/api/3/action/package_show?id=ideas-larache", null,
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "data.remacto.ma"));
        assertThat(answer.status()).isEqualTo(200);
        Map<String, Object> dataset = answer.resultMap();
        assertThat(dataset).containsEntry("id", "0b3f-ideas-larache").containsEntry("name", "ideas-larache")
                .containsEntry("title", "أفكار المواطنين بالعرائش").containsEntry("license_id", "odc-odbl")
                .containsEntry("isopen", true).containsEntry("private", false).containsEntry("state", "active")
                .containsEntry("type", "dataset").containsEntry("num_resources", 3).containsEntry("num_tags", 2)
                .containsEntry("metadata_created", "2024-01-01T10:00:00.000000")
                .containsEntry("metadata_modified", "2024-03-01T09:00:00.000000")
                .containsEntry("owner_org", "org-larache")
                .containsKeys("notes", "url", "version", "author", "maintainer", "license_title", "license_url");
        assertThat((Map<String, Object>) dataset.get("title_translated")).containsEntry("fr", "Idées des citoyens de Larache");
        assertThat((Map<String, Object>) dataset.get("organization")).containsEntry("name", "larache")
                .containsEntry("type", "organization").containsEntry("is_organization", true);
        assertThat(((List<Map<String, Object>>) dataset.get("tags")).getFirst())
                .containsEntry("name", "أفكار").containsEntry("display_name", "أفكار");
        assertThat((List<Map<String, Object>>) dataset.get("groups")).extracting(g -> g.get("name")).containsExactly("ideas");
        assertThat((List<Map<String, Object>>) dataset.get("extras")).extracting(e -> e.get("key"))
                .contains("spatial", "temporal_start", "temporal_end", "frequency", "language");
        Map<String, Object> csv = ((List<Map<String, Object>>) dataset.get("resources")).getFirst();
        assertThat(csv).containsEntry("id", "ideas-larache-csv").containsEntry("package_id", "0b3f-ideas-larache")
                .containsEntry("url", "https://data.remacto.ma/api/datasets/ideas-larache/rows.csv")
                .containsEntry("format", "CSV").containsEntry("mimetype", "text/csv").containsEntry("size", null)
                .containsEntry("hash", "").containsEntry("position", 0).containsEntry("url_type", null)
                .containsEntry("state", "active").containsKeys("name", "description", "created", "last_modified");
        assertThat(get("/api/3/action/package_show?id=0b3f-ideas-larache").resultMap()).containsEntry("name", "ideas-larache");
        assertThat(post("/api/action/package_show", "{\"id\": \"projects-larache\"}").resultMap())
                .containsEntry("name", "projects-larache");
    }

    @Test
    void refusesWithCkansErrorTypes() {
        assertError(get("/api/3/action/package_show?id=nothing"), 404, "Not Found Error");
        assertError(get("/api/3/action/package_show"), 409, "Validation Error");
        assertError(get("/api/3/action/resource_show?id=nothing"), 404, "Not Found Error");
        assertError(get("/api/3/action/organization_show?id=nowhere"), 404, "Not Found Error");
        assertError(get("/api/3/action/no_such_action"), 400, "Bad Request");
        assertError(get("/api/3/action/package_search?rows=abc"), 409, "Validation Error");
        assertError(get("/api/3/action/package_search?rows=1001"), 409, "Validation Error");
        assertError(get("/api/3/action/package_search?start=-1"), 409, "Validation Error");
        assertError(get("/api/3/action/package_list?limit=-5"), 409, "Validation Error");
        assertError(get("/api/3/action/package_list?offset=x"), 409, "Validation Error");
        assertError(get("/api/3/action/package_search?sort=name%20sideways"), 400, "Search Query Error");
        assertError(get("/api/3/action/package_search?fq=organization"), 400, "Search Query Error");
        assertError(get("/api/3/action/package_search?facet.field=notjson"), 409, "Validation Error");
        assertError(post("/api/action/package_search", "{\"rows\": -1}"), 409, "Validation Error");
        assertError(post("/api/action/package_search", "{\"rows\": 2.5}"), 409, "Validation Error");
        assertError(post("/api/action/package_search", "{not json"), 400, "Bad Request");
        assertError(post("/api/action/package_search", "[1]"), 400, "Bad Request");
        assertThat(get("/api/3/action/package_search?rows=abc").error()).containsEntry("rows", List.of("Invalid integer"));
    }

    @Test
    void searchesWithFiltersAndFacets() {
        Answer answer = get("/api/3/action/package_search?q=*:*&fq=organization:larache&sort=name%20asc"
                + "&facet.field=%5B%22groups%22,%22res_format%22%5D&facet.limit=10");
        assertThat(answer.status()).isEqualTo(200);
        Map<String, Object> result = answer.resultMap();
        assertThat(result).containsEntry("count", 2).containsEntry("sort", "name asc");
        assertThat((List<Map<String, Object>>) result.get("results")).extracting(d -> d.get("name"))
                .containsExactly("ideas-larache", "projects-larache");
        Map<String, Object> groups = (Map<String, Object>) ((Map<String, Object>) result.get("search_facets")).get("groups");
        assertThat(groups).containsEntry("title", "groups");
        assertThat((List<Map<String, Object>>) groups.get("items"))
                .contains(Map.of("name", "ideas", "display_name", "الأفكار", "count", 1));
        assertThat((Map<String, Object>) ((Map<String, Object>) result.get("facets")).get("res_format")).containsEntry("CSV", 2);

        Answer posted = post("/api/action/package_search",
                "{\"q\": \"أفكار\", \"fq\": \"tags:participation\", \"facet.field\": [\"organization\"], \"rows\": 10}");
        assertThat(posted.resultMap()).containsEntry("count", 2);
        assertThat(get("/api/3/action/package_search").resultMap()).containsEntry("count", 5)
                .containsEntry("sort", "score desc, metadata_modified desc");
        assertThat((List<?>) get("/api/3/action/package_search?rows=0").resultMap().get("results")).isEmpty();
    }

    @Test
    void harvesterPagesByIdAndSeesEveryDatasetOnce() {
        for (boolean usePost : List.of(false, true)) {
            Set<String> seen = new HashSet<>();
            List<Object> previous = null;
            for (int start = 0; start < 100; start += 2) {
                Answer page = usePost
                        ? post("/api/action/package_search", "{\"rows\": 2, \"start\": " + start + ", \"sort\": \"id asc\"}")
                        : get("/api/3/action/package_search?rows=2&start=" + start + "&sort=id%20asc");
                assertThat(page.status()).isEqualTo(200);
                List<Object> results = (List<Object>) page.resultMap().get("results");
                if (results.isEmpty()) {
                    break;
                }
                assertThat(results).isNotEqualTo(previous);
                previous = results;
                for (Object dataset : results) {
                    String id = (String) ((Map<String, Object>) dataset).get("id");
                    assertThat(seen.add(id)).as("seen twice: " + id).isTrue();
                }
            }
            assertThat(seen).hasSize(5);
        }
    }

    @Test
    void listsPackagesOrganizationsGroupsTagsAndResources() {
        assertThat((List<Object>) get("/api/3/action/package_list").result()).containsExactly("ideas-larache",
                "ideas-tetouan", "meetings-tetouan", "petitions-network", "projects-larache");
        assertThat((List<Object>) get("/api/3/action/package_list?limit=2&offset=1").result())
                .containsExactly("ideas-tetouan", "meetings-tetouan");
        List<Map<String, Object>> recent = (List<Map<String, Object>>) get(
                "/api/3/action/current_package_list_with_resources?limit=2").result();
        assertThat(recent).extracting(d -> d.get("name")).containsExactly("petitions-network", "projects-larache");
        assertThat((List<Object>) get("/api/3/action/organization_list").result())
                .containsExactly("larache", "remacto", "tetouan");
        List<Map<String, Object>> organizations = (List<Map<String, Object>>) get(
                "/api/3/action/organization_list?all_fields=true").result();
        assertThat(organizations.getFirst()).containsEntry("name", "larache").containsEntry("package_count", 2)
                .containsEntry("is_organization", true);
        assertThat(get("/api/3/action/organization_show?id=tetouan").resultMap()).containsEntry("title", "جماعة tetouan");
        assertThat((List<Object>) get("/api/3/action/group_list").result())
                .containsExactly("ideas", "meetings", "petitions", "projects");
        assertThat(get("/api/3/action/resource_show?id=ideas-larache-json").resultMap())
                .containsEntry("package_id", "0b3f-ideas-larache").containsEntry("format", "JSON");
        assertThat((List<Object>) get("/api/3/action/tag_list").result()).contains("أفكار", "participation", "budget");
        assertThat(new ArrayList<>((List<Object>) get("/api/3/action/tag_list").result())).doesNotHaveDuplicates();
    }
}
