package ma.remacto.petitions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import ma.remacto.petitions.application.PetitionsSettings;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped rules file itself, bound as the service binds it, chooses the law's thresholds and deadlines. */
class ThresholdRulesTest {

    static PetitionsSettings settings;
    static ThresholdRules rules;

    @BeforeAll
    static void load() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("thresholds", new ClassPathResource("petitions/thresholds.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        settings = Binder.get(environment).bind("remacto.petitions", PetitionsSettings.class).get();
        rules = settings.thresholdRules();
    }

    ThresholdRule select(String kind, long population, boolean arrondissements) {
        return rules.select(kind, population, arrondissements).orElseThrow();
    }

    @Test
    void regionsNeed300400Or500SignaturesByPopulationAndFivePercentPerProvince() {
        ThresholdRule small = select("REGION", 448_685, false);
        assertThat(small.requiredSignatures()).isEqualTo(300);
        assertThat(small.requiredPerProvince()).isEqualTo(15);
        assertThat(small.toConfirm()).isFalse();
        assertThat(small.source()).contains("111.14");
        assertThat(select("REGION", 999_999, false).requiredSignatures()).isEqualTo(300);
        assertThat(select("REGION", 1_000_000, false).requiredSignatures()).isEqualTo(400);
        assertThat(select("REGION", 2_294_665, false).requiredSignatures()).isEqualTo(400);
        assertThat(select("REGION", 3_000_000, false).requiredSignatures()).isEqualTo(400);
        ThresholdRule tta = select("REGION", 4_030_222, false);
        assertThat(tta.id()).isEqualTo("region-over-3m");
        assertThat(tta.requiredSignatures()).isEqualTo(500);
        assertThat(tta.requiredPerProvince()).isEqualTo(25);
    }

    @Test
    void communesAndProvincesUseTheCommonlyCitedFiguresMarkedToConfirm() {
        assertThat(select("COMMUNE", 20_000, false).requiredSignatures()).isEqualTo(100);
        assertThat(select("COMMUNE", 34_999, false).requiredSignatures()).isEqualTo(100);
        assertThat(select("COMMUNE", 35_000, false).requiredSignatures()).isEqualTo(200);
        assertThat(select("COMMUNE", 125_008, false).requiredSignatures()).isEqualTo(200);
        ThresholdRule big = select("COMMUNE", 3_000_000, true);
        assertThat(big.id()).isEqualTo("commune-arrondissements");
        assertThat(big.requiredSignatures()).isEqualTo(400);
        assertThat(select("COMMUNE", 20_000, true).requiredSignatures()).as("arrondissements first").isEqualTo(400);
        ThresholdRule province = select("PROVINCE", 611_928, false);
        assertThat(province.requiredSignatures()).isEqualTo(300);
        assertThat(province.requiredPerProvince()).isZero();
        assertThat(rules.rules()).filteredOn(r -> !r.memberKind().equals("REGION")).allMatch(ThresholdRule::toConfirm);
        assertThat(rules.select("NATION", 1, false)).isEmpty();
    }

    @Test
    void inadmissibilityIsNotifiedWithinThreeMonthsForCommunesTwoForRegionsAndProvinces() {
        assertThat(settings.noticeDeadline("COMMUNE").months()).isEqualTo(3);
        assertThat(settings.noticeDeadline("REGION").months()).isEqualTo(2);
        assertThat(settings.noticeDeadline("PROVINCE").months()).isEqualTo(2);
        assertThat(settings.regionProvinces().get("tanger-tetouan-al-hoceima")).hasSize(8);
    }
}
