package ma.remacto.opendata.api.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ma.remacto.opendata.application.ckan.CkanError;
import ma.remacto.opendata.application.ckan.CkanParams;
import ma.remacto.opendata.application.ckan.PackageSearch;
import ma.remacto.opendata.application.ckan.PackageSearch.Query;
import ma.remacto.opendata.domain.Dataset;

/** The pure search logic of package_search over an in-memory catalogue. */
class PackageSearchTest {

    static final List<Dataset> ALL = CatalogFixtures.datasets();

    static Query query(String q, String fq, String sort, int rows, int start, List<String> facets) {
        return new Query(q, fq, sort, rows, start, facets, 50, 1);
    }

    static List<String> names(PackageSearch.Result result) {
        return result.results().stream().map(Dataset::name).toList();
    }

    @Test
    void everythingByDefaultMostRecentFirst() {
        PackageSearch.Result result = PackageSearch.search(ALL, query("*:*", "", null, 10, 0, List.of()));
        assertThat(result.count()).isEqualTo(5);
        assertThat(names(result)).containsExactly("petitions-network", "projects-larache", "ideas-larache",
                "ideas-tetouan", "meetings-tetouan");
        assertThat(result.sort()).isEqualTo("score desc, metadata_modified desc");
    }

    @Test
    void filtersWithFq() {
        assertThat(names(PackageSearch.search(ALL, query(null, "organization:larache", "name asc", 10, 0, List.of()))))
                .containsExactly("ideas-larache", "projects-larache");
        assertThat(names(PackageSearch.search(ALL, query(null, "organization:larache AND groups:ideas", "name asc", 10, 0, List.of()))))
                .containsExactly("ideas-larache");
        assertThat(names(PackageSearch.search(ALL, query(null, "tags:\"أفكار\" +organization:tetouan", "name asc", 10, 0, List.of()))))
                .containsExactly("ideas-tetouan");
        assertThat(PackageSearch.search(ALL, query(null, "res_format:CSV license_id:odc-odbl", null, 10, 0, List.of())).count())
                .isEqualTo(5);
        assertThat(names(PackageSearch.search(ALL, query(null, "-organization:larache", "name asc", 10, 0, List.of()))))
                .containsExactly("ideas-tetouan", "meetings-tetouan", "petitions-network");
        assertThat(PackageSearch.search(ALL, query(null, "organization:nowhere", null, 10, 0, List.of())).count()).isZero();
    }

    @Test
    void searchesTermsCaseInsensitivelyInArabicAndFrench() {
        assertThat(names(PackageSearch.search(ALL, query("أفكار", null, "name asc", 10, 0, List.of()))))
                .containsExactly("ideas-larache", "ideas-tetouan");
        assertThat(names(PackageSearch.search(ALL, query("LARACHE", null, "name asc", 10, 0, List.of()))))
                .containsExactly("ideas-larache", "projects-larache");
        assertThat(names(PackageSearch.search(ALL, query("idées larache", null, null, 10, 0, List.of()))))
                .containsExactly("ideas-larache");
        assertThat(names(PackageSearch.search(ALL, query("organization:tetouan", null, "name asc", 10, 0, List.of()))))
                .containsExactly("ideas-tetouan", "meetings-tetouan");
    }

    @Test
    void pagingByIdSeesEachDatasetOnce() {
        Set<String> seen = new HashSet<>();
        int pages = 0;
        for (int start = 0; ; start += 2) {
            PackageSearch.Result page = PackageSearch.search(ALL, query("*:*", null, "id asc", 2, start, List.of()));
            if (page.results().isEmpty()) {
                break;
            }
            pages++;
            page.results().forEach(d -> assertThat(seen.add(d.id())).as(d.id()).isTrue());
        }
        assertThat(seen).hasSize(ALL.size());
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void sortsAndRefusesMalformedSorts() {
        assertThat(names(PackageSearch.search(ALL, query(null, null, "metadata_modified asc", 2, 0, List.of()))))
                .containsExactly("meetings-tetouan", "ideas-tetouan");
        assertThat(names(PackageSearch.search(ALL, query(null, null, "name desc", 1, 0, List.of()))))
                .containsExactly("projects-larache");
        for (String bad : List.of("name", "name up", "nonsense asc", "name asc,,")) {
            assertThatThrownBy(() -> PackageSearch.search(ALL, query(null, null, bad, 10, 0, List.of())))
                    .isInstanceOfSatisfying(CkanError.class, e -> {
                        assertThat(e.type()).isEqualTo("Search Query Error");
                        assertThat(e.status()).isEqualTo(400);
                    });
        }
        assertThatThrownBy(() -> PackageSearch.search(ALL, query(null, "organization larache", null, 10, 0, List.of())))
                .isInstanceOf(CkanError.class);
    }

    @Test
    void countsFacets() {
        PackageSearch.Result result = PackageSearch.search(ALL, new Query("*:*", null, null, 0, 0,
                List.of("organization", "groups", "res_format"), 1, 1));
        assertThat(result.results()).isEmpty();
        assertThat(result.facets().get("organization")).containsExactly(new PackageSearch.FacetItem("larache", 2)); // ties: by name
        assertThat(result.facets().get("res_format")).containsExactly(new PackageSearch.FacetItem("CSV", 5));
        PackageSearch.Result all = PackageSearch.search(ALL, new Query("*:*", null, null, 0, 0, List.of("groups"), -1, 2));
        assertThat(all.facets().get("groups")).containsExactly(new PackageSearch.FacetItem("ideas", 2));
    }

    @Test
    void validatesParameters() {
        CkanParams params = new CkanParams(Map.of("rows", "abc", "start", "-1", "limit", 1001));
        params.natural("rows", 10, 1000);
        params.natural("start", 0, Integer.MAX_VALUE);
        params.natural("limit", 0, 1000);
        assertThatThrownBy(params::check).isInstanceOfSatisfying(CkanError.class, e -> {
            assertThat(e.type()).isEqualTo("Validation Error");
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.fields()).containsOnlyKeys("rows", "start", "limit");
        });
    }
}
