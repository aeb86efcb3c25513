package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ProjectFormTest {

    /** A card as the form posts it: two indicators (one already stored), a blank row between, one result. */
    private static MultiValueMap<String, String> posted() {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        p.add("planId", "plan-1");
        p.add("version", "4");
        p.add("axisCode", "A1");
        p.add("titleAr", " بوابة الشكايات ");
        p.add("titleFr", "Portail des réclamations");
        p.add("issues", "غياب التتبع\n\n  بطء المعالجة ");
        p.add("principles", "ACCESS_TO_INFORMATION");
        p.add("principles", "DIGITALISATION");
        p.add("competence", "OWN");
        p.add("linkedToActionProgramme", "true");
        p.add("feasibleWithinPeriod", "");
        p.add("estimatedBudget", "25000");
        p.add("ideaIds", "idea-7");
        p.add("indicators[0].id", "ind-1");
        p.add("indicators[0].kind", "OUTPUT");
        p.add("indicators[0].title", "Réclamations traitées");
        p.add("indicators[0].unit", "%");
        p.add("indicators[0].baseline", "10");
        p.add("indicators[0].target", "80");
        p.add("indicators[1].kind", "OUTPUT");
        p.add("indicators[1].title", "");
        p.add("indicators[1].unit", "");
        p.add("indicators[2].kind", "IMPACT");
        p.add("indicators[2].title", "Confiance des usagers");
        p.add("indicators[2].qualitative", "true");
        p.add("expectedResults[0].objective", "");
        p.add("expectedResults[0].contribution", "");
        p.add("expectedResults[1].objective", "TRUST");
        p.add("expectedResults[1].contribution", "Des délais publiés");
        p.add("commitment.leadInstitution", "Conseil de la région");
        p.add("commitment.supportActors", "Associations\n\nUniversité");
        p.add("commitment.ogpValues", "CIVIC_PARTICIPATION");
        p.add("commitment.description", "Ouvrir les données");
        p.add("activityTitle", "Conception");
        p.add("activityStart", "2026-01-01");
        p.add("activityEnd", "2026-06-30");
        p.add("activityWeight", "100");
        p.add("published", "true");
        return p;
    }

    @Test
    void theWholeCardIsSentWithIndicatorIdsKeptAndBlankRowsLeftOut() {
        ProjectForm form = ProjectForm.fromParameters(posted());
        Map<String, Object> card = form.toCard(false);
        assertThat(card).containsEntry("axisCode", "A1").containsEntry("competence", "OWN")
                .containsEntry("linkedToActionProgramme", true).containsEntry("feasibleWithinPeriod", null)
                .containsEntry("estimatedBudget", "25000").containsEntry("fundingSource", null)
                .containsEntry("principles", List.of("ACCESS_TO_INFORMATION", "DIGITALISATION"))
                .containsEntry("ideaIds", List.of("idea-7")).doesNotContainKey("commitment");
        assertThat(card.get("title")).isEqualTo(Map.of("ar", "بوابة الشكايات", "fr", "Portail des réclamations"));
        assertThat(card.get("problem")).isEqualTo(Map.of("issues", List.of("غياب التتبع", "بطء المعالجة"),
                "causes", List.of(), "consequences", List.of()));
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("id", "ind-1");
        kept.put("kind", "OUTPUT");
        kept.put("title", "Réclamations traitées");
        kept.put("unit", "%");
        kept.put("baseline", "10");
        kept.put("target", "80");
        kept.put("qualitative", false);
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("kind", "IMPACT");
        added.put("title", "Confiance des usagers");
        added.put("unit", null);
        added.put("baseline", null);
        added.put("target", null);
        added.put("qualitative", true);
        assertThat(card.get("indicators")).isEqualTo(List.of(kept, added));
        assertThat(card.get("expectedResults")).isEqualTo(
                List.of(Map.of("objective", "TRUST", "contribution", "Des délais publiés")));
    }

    @Test
    void anOgpPlansCardCarriesTheCommitmentAndTheFormulationItsScheduleAndPublication() {
        ProjectForm form = ProjectForm.fromParameters(posted());
        Map<String, Object> commitment = new LinkedHashMap<>();
        commitment.put("leadInstitution", "Conseil de la région");
        commitment.put("supportActors", List.of("Associations", "Université"));
        commitment.put("ogpValues", List.of("CIVIC_PARTICIPATION"));
        commitment.put("description", "Ouvrir les données");
        commitment.put("expectedResults", null);
        assertThat(form.toCard(true).get("commitment")).isEqualTo(commitment);
        Map<String, Object> formulation = form.toFormulation(true);
        assertThat(formulation).containsEntry("planId", "plan-1").containsEntry("published", true);
        assertThat(formulation.get("activities")).isEqualTo(List.of(Map.of("title", "Conception",
                "start", "2026-01-01", "end", "2026-06-30", "weight", "100")));
    }

    @Test
    void refusedRowsPointAtTheRowsTheyCameFromAndLinesAtTheirList() {
        ProjectForm form = ProjectForm.fromParameters(posted());
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("card.indicators[1].unit", "trop long");
        refused.put("indicators[0].id", "inconnu");
        refused.put("expectedResults[0].objective", "obligatoire");
        refused.put("card.problem.issues[1]", "trop long");
        refused.put("commitment.supportActors[0]", "vide");
        refused.put("commitment.leadInstitution", "obligatoire");
        refused.put("card.ideaIds[0]", "pas retenue");
        refused.put("ideaIds[0]", "pas retenue");
        refused.put("card.activities[0].weight", "100");
        refused.put("title.ar", "obligatoire");
        assertThat(form.inputIds(refused)).containsExactly(
                Map.entry("indicator-2-unit", "trop long"), Map.entry("indicator-0-title", "inconnu"),
                Map.entry("result-1-objective", "obligatoire"), Map.entry("issues", "trop long"),
                Map.entry("commitment.supportActors", "vide"), Map.entry("commitment.leadInstitution", "obligatoire"),
                Map.entry("ideaIds", "pas retenue"), Map.entry("activity-0-weight", "100"),
                Map.entry("title.ar", "obligatoire"));
    }

    @Test
    void addingARowKeepsWhatWasTypedAndResultsStopAtThree() {
        ProjectForm form = ProjectForm.fromParameters(posted());
        ProjectForm more = form.withBlankRow("indicators");
        assertThat(more.indicators()).hasSize(4).startsWith(form.indicators().toArray(ProjectForm.IndicatorRow[]::new));
        assertThat(more.indicators().getLast().isBlank()).isTrue();
        assertThat(more.titleAr()).isEqualTo(form.titleAr());
        ProjectForm three = form.withBlankRow("expectedResults");
        assertThat(three.expectedResults()).hasSize(3);
        assertThat(three.canAddResult()).isFalse();
        assertThat(three.withBlankRow("expectedResults").expectedResults()).hasSize(3);
        assertThat(form.withBlankRow("nonsense")).isEqualTo(form);
    }

    @Test
    void aStoredProjectFillsTheFormWithItsIndicatorIdsAndBlankRowsAfter() {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("id", "ind-1");
        indicator.put("kind", "OUTPUT");
        indicator.put("title", "Réclamations traitées");
        indicator.put("unit", "%");
        indicator.put("baseline", 10.0);
        indicator.put("target", 80.5);
        indicator.put("qualitative", false);
        indicator.put("measurements", List.of(Map.of("date", "2026-02-01", "value", 30)));
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("axisCode", "A1");
        card.put("title", Map.of("ar", "بوابة", "fr", "Portail"));
        card.put("problem", Map.of("issues", List.of("a", "b"), "causes", List.of(), "consequences", List.of()));
        card.put("proposedSolution", List.of("s"));
        card.put("principles", List.of("DIGITALISATION"));
        card.put("linkedToActionProgramme", false);
        card.put("feasibleWithinPeriod", null);
        card.put("estimatedBudget", 25000.00);
        card.put("expectedResults", List.of(Map.of("objective", "TRUST", "contribution", "c")));
        card.put("indicators", List.of(indicator));
        card.put("ideaIds", List.of("idea-7"));
        card.put("commitment", Map.of("leadInstitution", "Région", "supportActors", List.of("A", "B"),
                "ogpValues", List.of("CIVIC_PARTICIPATION"), "completion", "LIMITED"));
        Map<String, Object> project = Map.of("id", "p1", "planId", "plan-1", "version", 4, "card", card,
                "activities", List.of(), "published", true);

        ProjectForm form = ProjectForm.of(project);
        assertThat(form.version()).isEqualTo("4");
        assertThat(form.issues()).isEqualTo("a\nb");
        assertThat(form.estimatedBudget()).isEqualTo("25000");
        assertThat(form.linkedToActionProgramme()).isEqualTo("false");
        assertThat(form.feasibleWithinPeriod()).isEmpty();
        assertThat(form.indicators()).hasSize(1 + ProjectForm.BLANK_INDICATORS).first()
                .isEqualTo(new ProjectForm.IndicatorRow("ind-1", "OUTPUT", "Réclamations traitées", "%", "10", "80.5",
                        false));
        assertThat(form.expectedResults()).hasSize(2);
        assertThat(form.commitment().supportActors()).isEqualTo("A\nB");
        // Sent back unchanged, the card is what was stored: the indicator by its id, so its measurements stay.
        Map<String, Object> again = form.toCard(true);
        assertThat(again.get("indicators")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("id", "ind-1").containsEntry("baseline", "10");
        assertThat(again).containsEntry("linkedToActionProgramme", false).containsEntry("ideaIds", List.of("idea-7"));
    }

    @Test
    void aChangeSavedMeanwhileIsNamedFieldByFieldWithItsValueNow() {
        ProjectForm mine = ProjectForm.fromParameters(posted());
        MultiValueMap<String, String> changed = posted();
        changed.set("titleFr", "Portail public des réclamations");
        changed.set("indicators[0].target", "90.0");
        changed.set("estimatedBudget", "25000.00");
        ProjectForm theirs = ProjectForm.fromParameters(changed);
        assertThat(mine.differencesFrom(theirs)).extracting(ProjectForm.Changed::field)
                .containsExactly("title.fr", "indicators");
        assertThat(mine.differencesFrom(theirs).getFirst())
                .isEqualTo(new ProjectForm.Changed("title.fr", "title.fr", "Portail public des réclamations"));
        assertThat(mine.differencesFrom(ProjectForm.fromParameters(posted()))).isEmpty();
        assertThat(mine.withVersion("5").version()).isEqualTo("5");
    }
}
