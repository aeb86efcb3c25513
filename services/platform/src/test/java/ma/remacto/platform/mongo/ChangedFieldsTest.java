package ma.remacto.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChangedFieldsTest {

    @Test
    void namesTheFieldsThatDifferInTheOrderCompared() {
        List<String> changed = new ChangedFields()
                .compare("title", "أ", "ب")
                .compare("place", "Larache", "Larache")
                .compare("minutes", null, "محضر")
                .compare("agenda", List.of("a"), List.of("a"))
                .compare("date", "2026-01-01", null)
                .names();
        assertThat(changed).containsExactly("title", "minutes", "date");
    }

    @Test
    void nothingChangedIsAnEmptyList() {
        assertThat(new ChangedFields().compare("title", null, null).names()).isEmpty();
    }
}
