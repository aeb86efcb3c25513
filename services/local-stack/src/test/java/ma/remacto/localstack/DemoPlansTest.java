package ma.remacto.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoPlansTest {

    @Test
    void milestonesWithoutWeightsShareOneHundredExactly() {
        List<BigDecimal> weights = DemoPlans.equalWeights(3);
        assertThat(weights).containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        assertThat(DemoPlans.equalWeights(7).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
    }

    /** The seeds' plans must pass the projects service's own rules, or `./remacto up` stops on them. */
    @Test
    void everyDemoScheduleSumsToOneHundredInsideItsPlan() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        for (String file : DemoPlans.FILES) {
            JsonNode plan = json.readTree(Files.readString(StackPaths.root()
                    .resolve("services/projects/src/main/resources/demo/" + file)));
            LocalDate start = LocalDate.parse(plan.get("startDate").asString());
            LocalDate end = LocalDate.parse(plan.get("endDate").asString());
            for (JsonNode project : plan.path("projects")) {
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode activity : project.get("activities")) {
                    sum = sum.add(new BigDecimal(activity.get("weight").asString()));
                    LocalDate from = LocalDate.parse(activity.get("start").asString());
                    LocalDate to = LocalDate.parse(activity.get("end").asString());
                    assertThat(from).as(file).isAfterOrEqualTo(start).isBeforeOrEqualTo(to);
                    assertThat(to).as(file).isBeforeOrEqualTo(end);
                }
                assertThat(sum).as(file + " " + project.get("title").get("ar").asString()).isEqualByComparingTo("100");
            }
            for (JsonNode commitment : plan.path("commitments")) {
                assertThat(commitment.get("leadInstitution").asString()).as(file).isNotBlank();
                assertThat(commitment.get("milestones").size()).as(file).isPositive();
            }
        }
    }
}
