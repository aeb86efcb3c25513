package ma.remacto.ideation.application;

import java.util.ArrayList;
import java.util.List;

/** The languages an idea is written in, read from its script: Arabic letters → ar, Latin letters → fr. */
final class Languages {

    private Languages() {
    }

    static List<String> detect(String... texts) {
        boolean arabic = false;
        boolean latin = false;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (int i = 0; i < text.length(); i++) {
                Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
                arabic |= script == Character.UnicodeScript.ARABIC;
                latin |= script == Character.UnicodeScript.LATIN;
            }
        }
        List<String> languages = new ArrayList<>();
        if (arabic) {
            languages.add("ar");
        }
        if (latin) {
            languages.add("fr");
        }
        return languages;
    }
}
