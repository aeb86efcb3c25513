package ma.remacto.opendata.domain;

/** A text in Arabic (always) and French (when given). */
public record LocalizedText(String ar, String fr) {

    /** French when asked for and present, Arabic otherwise. */
    public String in(String language) {
        return "fr".equals(language) && fr != null && !fr.isBlank() ? fr : ar;
    }
}
