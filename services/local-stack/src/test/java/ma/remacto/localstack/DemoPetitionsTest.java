package ma.remacto.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The seed's six petitions must pass the petitions service's own rules, or `./remacto up` warns about them. */
class DemoPetitionsTest {

    /** The members of the petitions service's past-petition request (unknown members are refused). */
    static final Set<String> FIELDS = Set.of("member", "associationName", "title", "subject", "requests", "remarks",
            "committee", "committeeRecommendation", "session", "sessionDate", "filedOn", "admissibleOn", "decision",
            "decidedOn", "agentNotifiedOn", "inadmissibilityReasons", "status");

    @Test
    void theRegionsSixPetitionsAreCompleteAndWithinTheServicesLimits() throws Exception {
        JsonNode petitions = DemoPetitions.petitions(StackPaths.root().resolve(DemoPetitions.FILE));
        assertThat(petitions.size()).isEqualTo(6);
        Set<String> keys = new HashSet<>();
        List<LocalDate> sessions = new ArrayList<>();
        for (JsonNode p : petitions) {
            List<String> names = new ArrayList<>(p.propertyNames());
            assertThat(FIELDS).as(names.toString()).containsAll(names);
            assertThat(p.get("member").asString()).isEqualTo("tanger-tetouan-al-hoceima");
            assertThat(p.get("associationName").asString()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(p.get("title").get("ar").asString()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(p.get("title").get("fr").asString()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(p.get("subject").asString()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
            assertThat(p.get("committeeRecommendation").asString()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
            assertThat(p.get("remarks").asString()).as("the bureau studied it").contains("مكتب الجهة");
            assertThat(p.get("session").get("ar").asString()).startsWith("الدورة العادية");
            assertThat(p.get("status").asString()).isEqualTo("DECIDED");
            LocalDate session = LocalDate.parse(p.get("sessionDate").asString());
            assertThat(session).isBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));
            assertThat(session.getMonthValue()).as("regions' ordinary sessions").isIn(3, 7, 10);
            sessions.add(session);
            assertThat(keys.add(p.get("associationName").asString() + "|" + p.get("subject").asString()))
                    .as("each is recorded once").isTrue();
        }
        assertThat(sessions).containsExactly(LocalDate.of(2021, 7, 5), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 7, 5),
                LocalDate.of(2021, 7, 5), LocalDate.of(2022, 3, 7), LocalDate.of(2023, 10, 2));
    }
}
