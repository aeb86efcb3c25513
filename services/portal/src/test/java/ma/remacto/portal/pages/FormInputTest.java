package ma.remacto.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What readers and the services put in the portal's forms and links, read without ever failing. */
class FormInputTest {

    @Test
    void aPageNumberIsAlwaysAPage() {
        assertThat(PageNumber.of(null)).isZero();
        assertThat(PageNumber.of("")).isZero();
        assertThat(PageNumber.of("abc")).isZero();
        assertThat(PageNumber.of("-3")).isZero();
        assertThat(PageNumber.of(" 4 ")).isEqualTo(4);
        assertThat(PageNumber.of("99999999999999999999")).isEqualTo(PageNumber.MAX);
        assertThat(PageNumber.of("1e9")).isZero();
    }

    @Test
    void aServicesRefusedFieldsLeadToTheFormFieldsThatShowThem() {
        Map<String, String> errors = FieldErrors.byField(List.of(
                Map.of("field", "title.ar", "message", "obligatoire"),
                Map.of("field", "requests[0]", "message", "vide"),
                Map.of("field", "requests[3]", "message", "vide"),
                Map.of("field", "association.foundedOn", "message", "trop récente")));
        assertThat(errors).containsExactly(Map.entry("title-ar", "obligatoire"), Map.entry("requests", "vide"),
                Map.entry("association-foundedOn", "trop récente"));
    }

    @Test
    void aPetitionsRequestsAreItsNonBlankLines() {
        PetitionDrafts.PetitionForm form = new PetitionDrafts.PetitionForm("larache", "CITIZENS", null, null, null,
                null, null, null, null, "عنوان", null, "موضوع", "  first \r\n\r\nsecond\n   \nthird");
        assertThat(form.requestLines()).containsExactly("first", "second", "third");
        assertThat(new PetitionDrafts.PetitionForm(null, null, null, null, null, null, null, null, null, null, null,
                null, null).requestLines()).isEmpty();
    }

    @Test
    void aConditionIsTickedOnlyWhenItsBoxSentTrue() {
        PetitionDrafts.PetitionForm form = new PetitionDrafts.PetitionForm("larache", "ASSOCIATION", "جمعية",
                "2015-01-01", "true", "maybe", null, "TRUE", "true", "t", null, "s", "r");
        assertThat(PetitionDrafts.CONDITIONS).filteredOn(form::ticked)
                .containsExactly("establishedInMorocco", "activityRelated");
        assertThat(form.ticked("unknown")).isFalse();
    }
}
