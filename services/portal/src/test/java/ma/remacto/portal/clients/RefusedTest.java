package ma.remacto.portal.clients;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RefusedTest {

    @Test
    void aFormKeepsTheRefusalsItHasWordsForAndEveryOtherGoesOnToTheErrorPages() {
        Refused conflict = new Refused(409, Map.of("detail", "already"));
        assertThatCode(() -> conflict.rethrowUnless(400, 409)).doesNotThrowAnyException();
        assertThatThrownBy(() -> conflict.rethrowUnless(400)).isSameAs(conflict);
        Refused missing = new Refused.NotFound(Map.of());
        assertThatThrownBy(() -> missing.rethrowUnless(403, 409)).isSameAs(missing);
    }
}
