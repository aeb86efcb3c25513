package ma.remacto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void bilingualTextsShowThePageLanguageAndFallBackToTheOther() {
        Texts ar = new Texts(Language.AR, Texts.Digits.LATN);
        Texts fr = new Texts(Language.FR, Texts.Digits.LATN);
        Map<String, String> name = Map.of("ar", "جماعة العرائش", "fr", "Commune de Larache");
        assertThat(ar.of(name)).isEqualTo("جماعة العرائش");
        assertThat(fr.of(name)).isEqualTo("Commune de Larache");
        assertThat(fr.of(Map.of("ar", "التواصل", "fr", " "))).isEqualTo("التواصل");
        assertThat(fr.of(null)).isEmpty();
    }

    @Test
    void digitsAreWesternUnlessTheReaderChoseEasternArabicOnArabicPages() {
        assertThat(new Texts(Language.AR, Texts.Digits.LATN).number(125008)).isEqualTo("125.008");
        assertThat(new Texts(Language.AR, Texts.Digits.ARAB).number(125008)).isEqualTo("١٢٥٬٠٠٨");
        // French pages keep Western digits whatever the cookie says
        assertThat(new Texts(Language.FR, Texts.Digits.ARAB).number(125008)).isEqualTo("125.008"); // fr-MA groups with a dot
        assertThat(new Texts(Language.FR, Texts.Digits.LATN).percent("37.5")).isEqualTo("37,5\u00a0%");
    }

    @Test
    void datesAreInCasablancaInThePageLanguage() {
        Texts fr = new Texts(Language.FR, Texts.Digits.LATN);
        // 23:30 UTC on 29 February is already 1 March in Casablanca (UTC+1)
        assertThat(fr.date("2024-02-29T23:30:00Z")).isEqualTo("1 mars 2024");
        assertThat(fr.isoDate("2024-02-29T23:30:00Z")).isEqualTo("2024-03-01");
        assertThat(new Texts(Language.AR, Texts.Digits.ARAB).date("2024-03-01")).contains("٢٠٢٤");
    }

    @Test
    void historyTimesAreInCasablanca() {
        Texts fr = new Texts(Language.FR, Texts.Digits.LATN);
        assertThat(fr.dateTime("2024-02-29T23:30:00Z")).isEqualTo("1 mars 2024 00:30");
        assertThat(fr.dateTime("2024-06-10T09:05:00Z")).isEqualTo("10 juin 2024 10:05");
        assertThat(fr.dateTime(null)).isEmpty();
    }
}
