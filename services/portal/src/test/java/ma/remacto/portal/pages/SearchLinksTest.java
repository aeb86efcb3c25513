package ma.remacto.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchLinksTest {

    final SearchLinks links = new SearchLinks();

    @Test
    void facetLinksSetOrClearOneFilterAndGoBackToTheFirstPage() {
        Map<String, String> filters = new LinkedHashMap<>(Map.of("kind", "IDEA"));
        assertThat(links.with("ar", "الإنارة", filters, "state", "RECEIVED"))
                .isEqualTo("/ar/search?q=%D8%A7%D9%84%D8%A5%D9%86%D8%A7%D8%B1%D8%A9&kind=IDEA&state=RECEIVED");
        assertThat(links.without("fr", "eau", filters, "kind")).isEqualTo("/fr/search?q=eau");
        assertThat(links.page("fr", "eau & lumière", filters, 2)).isEqualTo("/fr/search?q=eau%20%26%20lumi%C3%A8re&kind=IDEA&page=2");
        assertThat(filters).as("the page's own filters are not changed").containsExactly(Map.entry("kind", "IDEA"));
    }
}
