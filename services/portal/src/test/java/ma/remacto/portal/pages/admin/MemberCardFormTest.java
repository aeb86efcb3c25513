package ma.remacto.portal.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MemberCardFormTest {

    private static Map<String, Object> larache() {
        Map<String, Object> card = new HashMap<>();
        card.put("slug", "larache");
        card.put("kind", "COMMUNE");
        card.put("name", Map.of("ar", "جماعة العرائش", "fr", "Commune de Larache"));
        card.put("regionSlug", "tanger-tetouan-al-hoceima");
        card.put("provinceSlug", "province-larache");
        card.put("population", 125008);
        card.put("populationCensusYear", 2014);
        card.put("hasArrondissements", false);
        card.put("contactEmail", "ouverture@larache.remacto.ma");
        card.put("committee", List.of(Map.of("role", "CHAIR",
                "roleLabel", Map.of("ar", "رئيس اللجنة", "fr", "Président du comité"), "seats", 1)));
        card.put("joinedOn", "2022-10-21");
        return card;
    }

    @Test
    void aCardBecomesAFormAndBackWithoutLosingAField() {
        MemberCardForm form = MemberCardForm.of(larache(), "\"3\"");
        assertThat(form.etag()).isEqualTo("\"3\"");
        assertThat(form.population()).isEqualTo("125008");
        Map<String, Object> card = form.toCard();
        assertThat(card).containsEntry("population", 125008L).containsEntry("populationCensusYear", 2014L)
                .containsEntry("provinceSlug", "province-larache").containsEntry("joinedOn", "2022-10-21")
                .containsEntry("name", Map.of("ar", "جماعة العرائش", "fr", "Commune de Larache"))
                .doesNotContainKey("pointOfContactRole");
        assertThat(card.get("committee")).isEqualTo(List.of(Map.of("role", "CHAIR",
                "roleLabel", Map.of("ar", "رئيس اللجنة", "fr", "Président du comité"), "seats", 1L)));
    }

    @Test
    void aPostedFormKeepsWhatWasTypedAndDropsBlankCommitteeRows() {
        Map<String, String> posted = new HashMap<>();
        posted.put("slug", " ksar-el-kebir ");
        posted.put("kind", "COMMUNE");
        posted.put("population", "many");
        posted.put("hasArrondissements", "true");
        posted.put("committee[0].role", "");
        posted.put("committee[0].seats", "");
        posted.put("committee[1].role", "CHAIR");
        posted.put("committee[1].seats", "x");
        MemberCardForm form = MemberCardForm.fromParameters(posted);
        assertThat(form.slug()).isEqualTo("ksar-el-kebir");
        assertThat(form.committee()).hasSize(1);
        assertThat(form.rows()).hasSize(1 + MemberCardForm.BLANK_SEATS);
        Map<String, Object> card = form.toCard();
        // Not a number: sent as typed, so that the service refuses the field by name.
        assertThat(card).containsEntry("population", "many").containsEntry("hasArrondissements", true)
                .containsEntry("regionSlug", null).containsEntry("joinedOn", null);
    }

    @Test
    void theFieldsTheServiceNamesMapToTheFormsInputs() {
        assertThat(MemberCardForm.inputId("name.ar")).isEqualTo("nameAr");
        assertThat(MemberCardForm.inputId("pointOfContactRole.fr")).isEqualTo("pointOfContactRoleFr");
        assertThat(MemberCardForm.inputId("committee[2].seats")).isEqualTo("committee-2-seats");
        assertThat(MemberCardForm.inputId("committee[0].roleLabel.fr")).isEqualTo("committee-0-labelFr");
        assertThat(MemberCardForm.inputId("contactEmail")).isEqualTo("contactEmail");
    }

    @Test
    void whatSomeoneElseChangedIsFound() {
        MemberCardForm mine = MemberCardForm.of(larache(), "\"1\"");
        Map<String, Object> changed = new HashMap<>(larache());
        changed.put("population", 130000);
        changed.put("contactEmail", "contact@larache.ma");
        assertThat(mine.differencesFrom(MemberCardForm.of(changed, "\"2\""))).containsExactly("population",
                "contactEmail");
        assertThat(mine.differencesFrom(MemberCardForm.of(larache(), "\"2\""))).isEmpty();
    }
}
